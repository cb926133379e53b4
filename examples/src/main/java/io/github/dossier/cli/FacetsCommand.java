package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.EntityType;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.DateCount;
import io.github.dossier.index.EntityCount;
import io.github.dossier.index.FacetOptions;
import io.github.dossier.index.Facets;
import io.github.dossier.index.SourceCount;
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
 * {@code dossier facets --index DIR [--top N] [--sources N] [--interval day|week|month] [--from D]
 * [--to D] [--json | --format csv] [QUERY]}.
 */
@Command(
    name = "facets",
    mixinStandardHelpOptions = true,
    description = {
      "Counts over the articles matching QUERY (all articles without one): top people, places and",
      "organizations (articles naming each and mentions in them), top sources (articles) and",
      "articles per day, ISO week or month (UTC, zero-filled). --from/--to bound the date buckets."
    })
final class FacetsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Entities per type (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--sources", defaultValue = "10", paramLabel = "N", description = "Sources (default: ${DEFAULT-VALUE}).")
  int sources;

  @Option(names = "--interval", defaultValue = "month", paramLabel = "day|week|month", description = "Date bucket width (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--from", paramLabel = "DATE", description = "First date bucket: yyyy, yyyy-mm, yyyy-mm-dd or an instant.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last date bucket (inclusive): yyyy, yyyy-mm, yyyy-mm-dd or an instant.")
  String to;

  @Option(names = "--json", description = "Print JSON: {\"query\", \"articles\", \"entities\": {\"PERSON\": [{\"type\", \"name\", \"key\", \"articles\", \"mentions\"}], ...}, \"sources\": [{\"source\", \"articles\"}], \"dates\": {\"interval\", \"counts\": \"articles\", \"undated\", \"buckets\": [{\"label\", \"start\", \"end\", \"articles\"}]}}.")
  boolean json;

  @Option(names = "--format", paramLabel = "text|csv", description = "Output format without --json: text (default) or csv with header facet,name,key,articles,mentions.")
  String format;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional query restricting the articles counted.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (top < 0 || sources < 0) {
      throw new IllegalArgumentException("--top and --sources must be at least 0");
    }
    boolean csv = ResearchCli.csvFormat(format);
    FacetOptions options = FacetOptions.builder()
        .entities(top)
        .sources(sources)
        .interval(ResearchCli.interval(interval))
        .between(ResearchCli.bound("--from", from, false), ResearchCli.bound("--to", to, true))
        .build();
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex articles = index.openReadOnly()) {
      Facets f = articles.facets(ResearchCli.query(query), options);
      if (json) {
        out.println(Json.write(json(f)));
      } else if (csv) {
        printCsv(out, f);
      } else {
        printText(out, f);
      }
    }
    return 0;
  }

  private ObjectNode json(Facets f) {
    ObjectNode root = Json.object();
    ResearchCli.putQuery(root, query);
    root.put("articles", f.articles());
    ObjectNode entities = root.putObject("entities");
    for (EntityType t : EntityType.values()) {
      ArrayNode list = entities.putArray(t.name());
      f.entities(t).forEach(c -> list.add(Json.entityCount(c)));
    }
    ArrayNode sourceList = root.putArray("sources");
    for (SourceCount s : f.sources()) {
      ObjectNode n = sourceList.addObject();
      n.put("source", s.source());
      n.put("articles", s.articles());
    }
    ObjectNode dates = root.putObject("dates");
    dates.put("interval", ResearchCli.lower(f.interval()));
    dates.put("counts", "articles");
    dates.put("undated", f.undated());
    ArrayNode buckets = dates.putArray("buckets");
    for (DateCount d : f.dates()) {
      ObjectNode n = buckets.addObject();
      n.put("label", d.label());
      n.put("start", d.start().toString());
      n.put("end", d.end().toString());
      n.put("articles", d.articles());
    }
    return root;
  }

  private static void printCsv(PrintWriter out, Facets f) {
    out.println("facet,name,key,articles,mentions");
    for (EntityType t : EntityType.values()) {
      for (EntityCount c : f.entities(t)) {
        out.println(ResearchCli.csvLine(t.field(), c.name(), c.key(), c.articles(), c.mentions()));
      }
    }
    for (SourceCount s : f.sources()) {
      out.println(ResearchCli.csvLine("source", s.source(), null, s.articles(), null));
    }
    for (DateCount d : f.dates()) {
      out.println(ResearchCli.csvLine(ResearchCli.lower(f.interval()), d.label(), null, d.articles(), null));
    }
  }

  private static void printText(PrintWriter out, Facets f) {
    out.printf("%d %s%n", f.articles(), f.articles() == 1 ? "article" : "articles");
    for (EntityType t : EntityType.values()) {
      if (!f.entities().containsKey(t)) {
        continue;
      }
      out.printf("%s (articles, mentions)%n", t.name());
      if (f.entities(t).isEmpty()) {
        out.println("  (none)");
      }
      for (EntityCount c : f.entities(t)) {
        out.printf("  %-32s %6d %6d%n", c.name(), c.articles(), c.mentions());
      }
    }
    out.println("SOURCES (articles)");
    if (f.sources().isEmpty()) {
      out.println("  (none)");
    }
    for (SourceCount s : f.sources()) {
      out.printf("  %-32s %6d%n", s.source(), s.articles());
    }
    out.printf("ARTICLES PER %s (UTC; %d undated)%n", f.interval().name(), f.undated());
    for (DateCount d : f.dates()) {
      out.printf("  %-10s %6d%n", d.label(), d.articles());
    }
  }
}
