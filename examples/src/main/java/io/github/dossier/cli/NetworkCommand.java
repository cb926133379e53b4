package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.CoOccurrenceLevel;
import io.github.dossier.index.Network;
import io.github.dossier.index.NetworkEdge;
import io.github.dossier.index.NetworkFormat;
import io.github.dossier.index.NetworkNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier network --index DIR [--level article|sentence] [--nodes N] [--min-together K]
 * [--format csv|graphml|gexf | --json] [--output FILE] [QUERY]}.
 */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "The co-occurrence network of the articles matching QUERY: the entities named in most of",
      "them (nodes, with article and mention counts) and the pairs occurring in the same article",
      "or sentence (edges, with the count as weight, PMI and log-likelihood G2). For Gephi use",
      "--format gexf or graphml; csv is an edge list."
    })
final class NetworkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--level", defaultValue = "article", paramLabel = "article|sentence", description = "Unit of co-occurrence (default: ${DEFAULT-VALUE}).")
  String level;

  @Option(names = "--nodes", defaultValue = "50", paramLabel = "N", description = "Most entities (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--min-together", defaultValue = "1", paramLabel = "K", description = "Fewest shared units for an edge (default: ${DEFAULT-VALUE}).")
  int minTogether;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|graphml|gexf", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--json", description = "Print JSON instead: {\"query\", \"level\", \"unit\": \"articles\"|\"sentences\", \"units\", \"nodes\": [{\"id\", \"type\", \"key\", \"name\", \"articles\", \"mentions\", \"occurrences\"}], \"edges\": [{\"source\", \"target\", \"together\", \"pmi\", \"logLikelihood\"}]}; ids are type:key.")
  boolean json;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional query restricting the articles.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    NetworkFormat f = NetworkFormat.parse(format).orElseThrow(() ->
        new IllegalArgumentException("unknown --format '" + format + "'; use csv, graphml or gexf"));
    CoOccurrenceLevel lvl = ResearchCli.level(level);
    Network network;
    try (ArticleIndex articles = index.openReadOnly()) {
      network = articles.network(ResearchCli.query(query), lvl, nodes, minTogether);
    }
    ResearchCli.write(spec, output, () -> spec.commandLine().getOut(), w -> {
      write(network, f, w);
      return network;
    }, n -> n.nodes().size() + " nodes, " + n.edges().size() + " edges");
    return 0;
  }

  private void write(Network network, NetworkFormat f, Writer out) throws IOException {
    if (!json) {
      f.write(network, out instanceof BufferedWriter || out instanceof PrintWriter ? out : new BufferedWriter(out));
      return;
    }
    ObjectNode root = Json.object();
    ResearchCli.putQuery(root, query);
    root.put("level", ResearchCli.lower(network.level()));
    root.put("unit", network.level() == CoOccurrenceLevel.ARTICLE ? "articles" : "sentences");
    root.put("units", network.units());
    ArrayNode nodeList = root.putArray("nodes");
    for (NetworkNode n : network.nodes()) {
      ObjectNode o = Json.object();
      o.put("id", n.entity().toString());
      o.setAll(ResearchCli.entity(n.entity(), n.name()));
      o.put("articles", n.articles());
      o.put("mentions", n.mentions());
      o.put("occurrences", n.occurrences());
      nodeList.add(o);
    }
    ArrayNode edges = root.putArray("edges");
    for (NetworkEdge e : network.edges()) {
      ObjectNode o = edges.addObject();
      o.put("source", e.source().toString());
      o.put("target", e.target().toString());
      o.put("together", e.together());
      o.put("pmi", e.pmi());
      o.put("logLikelihood", e.logLikelihood());
    }
    out.write(Json.write(root));
    out.write(System.lineSeparator());
  }
}
