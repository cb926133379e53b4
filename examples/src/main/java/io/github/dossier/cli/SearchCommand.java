package io.github.dossier.cli;

import io.github.dossier.EntityType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.ArticleQuery;
import io.github.dossier.index.SearchPage;
import io.github.dossier.index.SortOrder;
import io.github.dossier.index.EntitySummary;
import io.github.dossier.index.Hit;
import io.github.dossier.index.SearchResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search --index DIR [--limit N] [--json] QUERY}. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search an index. QUERY is free text plus clauses person:, place:, org:, source:, title: and",
      "date:[2025-01-01 TO 2025-12-31], combined with AND, OR, NOT, parentheses and \"quoted phrases\".",
      "person:Trump matches any person named Trump; person:\"Donald Trump\" matches that exact name.",
      "within:\"country:UA\", near:(50.45,30.52,25km) and box:(44,52.5,22,40.5) match articles by their resolved places."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON: {\"total\": N, \"hits\": [...], \"next\": CURSOR or null}.")
  boolean json;

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
      description = "relevance (default), newest or oldest; undated articles come last.")
  String sort;

  @Option(names = "--cursor", paramLabel = "CURSOR",
      description = "Continue after the page that printed this cursor (deep paging without offsets; same query and --sort).")
  String cursor;

  @Option(names = "--within", paramLabel = "PLACE",
      description = "Only articles naming a place in PLACE (a name such as Ukraine, resolved with the gazetteer, or an id such as country:UA, admin1:US.TX).")
  String within;

  @Option(names = "--near", paramLabel = "LAT,LON,KM",
      description = "Only articles naming a place within KM kilometres of LAT,LON, such as 50.45,30.52,25.")
  String near;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces (optional with --within or --near).")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    ResearchCli.atLeast("--limit", limit, 1);
    PrintWriter out = spec.commandLine().getOut();
    String q = PlaceFilters.restrict(String.join(" ", query), within, near,
        spec.commandLine().getErr());
    if (q == null) {
      throw new IllegalArgumentException("give a QUERY, --within or --near");
    }
    SortOrder order = sortOrder(sort);
    try (ArticleIndex articles = index.openReadOnly()) {
      SearchPage page = articles.searchPage(ArticleQuery.parse(q), limit, order, cursor);
      SearchResults results = new SearchResults(page.total(), page.hits());
      if (json) {
        ObjectNode node = Json.searchResults(results);
        if (page.next().isPresent()) {
          node.put("next", page.next().get());
        } else {
          node.putNull("next");
        }
        out.println(Json.write(node));
      } else {
        printResults(out, q, results);
        page.next().ifPresent(next -> out.printf("next page: --cursor %s%n", next));
      }
    }
    return 0;
  }

  static SortOrder sortOrder(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "relevance" -> SortOrder.RELEVANCE;
      case "newest", "date" -> SortOrder.NEWEST_FIRST;
      case "oldest" -> SortOrder.OLDEST_FIRST;
      default -> throw new IllegalArgumentException(
          "unknown --sort '" + name + "'; use relevance, newest or oldest");
    };
  }

  static void printResults(PrintWriter out, String query, SearchResults results) {
    out.printf("%d %s for %s%n", results.total(), results.total() == 1 ? "article" : "articles", query);
    int rank = 0;
    for (Hit hit : results.hits()) {
      rank++;
      StringBuilder meta = new StringBuilder(hit.id());
      hit.published().ifPresent(p -> meta.append(", ").append(p.atOffset(ZoneOffset.UTC).toLocalDate()));
      hit.source().ifPresent(s -> meta.append(", ").append(s));
      out.printf("%2d. %s  [%s]  score %.2f%n", rank, hit.title().isBlank() ? "(untitled)" : hit.title(), meta, hit.score());
      out.printf("    %s%n", hit.snippet().replace('\n', ' '));
      for (EntityType type : EntityType.values()) {
        List<EntitySummary> of = hit.entities().stream().filter(e -> e.type() == type).limit(5).toList();
        if (!of.isEmpty()) {
          out.printf("    %-13s %s%n", type.name() + ":",
              of.stream().map(e -> e.name() + " (" + e.mentions() + ")").collect(Collectors.joining(", ")));
        }
      }
    }
  }
}
