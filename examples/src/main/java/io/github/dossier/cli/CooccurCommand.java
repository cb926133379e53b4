package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.Association;
import io.github.dossier.index.CoOccurrenceLevel;
import io.github.dossier.index.CoOccurrences;
import io.github.dossier.index.EntityInfo;
import java.io.IOException;
import java.io.PrintWriter;
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
 * {@code dossier cooccur --index DIR --entity NAME [--type T] [--level article|sentence] [--top N]
 * [--json | --format csv] [QUERY]}.
 */
@Command(
    name = "cooccur",
    mixinStandardHelpOptions = true,
    description = {
      "The entities most associated with an entity in the articles matching QUERY, ranked by",
      "log-likelihood ratio G2 (negative: less often together than expected), with PMI and the",
      "raw counts. --level article counts articles; --level sentence counts the sentences of the",
      "matching articles that name the entity."
    })
final class CooccurCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--entity", required = true, paramLabel = "NAME", description = "The entity: its name or a form articles use.")
  String entity;

  @Option(names = "--type", paramLabel = "TYPE", description = "person, place or org (default: any).")
  String type;

  @Option(names = "--level", defaultValue = "article", paramLabel = "article|sentence", description = "Unit of co-occurrence (default: ${DEFAULT-VALUE}).")
  String level;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Most entities to show (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print JSON: {\"query\", \"level\", \"unit\": \"articles\"|\"sentences\", \"target\": {\"type\", \"key\", \"name\"}, \"units\", \"occurrences\", \"associations\": [{\"type\", \"key\", \"name\", \"together\", \"occurrences\", \"pmi\", \"logLikelihood\"}]}.")
  boolean json;

  @Option(names = "--format", paramLabel = "text|csv", description = "Without --json: text (default) or csv with header type,key,name,together,occurrences,pmi,logLikelihood.")
  String format;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional query restricting the articles.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    ResearchCli.atLeast("--top", top, 1);
    boolean csv = ResearchCli.csvFormat(format);
    CoOccurrenceLevel lvl = ResearchCli.level(level);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex articles = index.openReadOnly()) {
      EntityInfo target = ResearchCli.entity(articles, ResearchCli.type(type), entity);
      CoOccurrences c = articles.cooccurrences(target.id(), ResearchCli.query(query), lvl, top);
      String unit = lvl == CoOccurrenceLevel.ARTICLE ? "articles" : "sentences";
      if (json) {
        ObjectNode root = Json.object();
        ResearchCli.putQuery(root, query);
        root.put("level", ResearchCli.lower(lvl));
        root.put("unit", unit);
        root.set("target", ResearchCli.entity(c.target(), c.name()));
        root.put("units", c.units());
        root.put("occurrences", c.occurrences());
        ArrayNode list = root.putArray("associations");
        for (Association a : c.associations()) {
          ObjectNode n = ResearchCli.entity(a.entity(), a.name());
          n.put("together", a.together());
          n.put("occurrences", a.occurrences());
          n.put("pmi", a.pmi());
          n.put("logLikelihood", a.logLikelihood());
          list.add(n);
        }
        out.println(Json.write(root));
      } else if (csv) {
        out.println("type,key,name,together,occurrences,pmi,logLikelihood");
        for (Association a : c.associations()) {
          out.println(ResearchCli.csvLine(a.entity().type().field(), a.entity().key(), a.name(),
              a.together(), a.occurrences(), a.pmi(), a.logLikelihood()));
        }
      } else {
        out.printf("%s: in %d of %d %s%n", c.name(), c.occurrences(), c.units(), unit);
        out.printf("  %-32s %-6s %9s %9s %8s %10s%n", "entity", "type", "together", unit, "PMI", "G2");
        for (Association a : c.associations()) {
          out.printf("  %-32s %-6s %9d %9d %8.3f %10.3f%n", a.name(), a.entity().type().field(),
              a.together(), a.occurrences(), a.pmi(), a.logLikelihood());
        }
      }
    }
    return 0;
  }
}
