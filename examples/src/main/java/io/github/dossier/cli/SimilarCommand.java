package io.github.dossier.cli;

import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.SearchResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier similar --index DIR [--limit N] [--json] ID}. */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description = {
      "The articles most like the article ID, by their distinctive words (Lucene MoreLikeThis) and",
      "the people, places and organizations they share."
    })
final class SimilarCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Articles to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON as search does: {\"total\": N, \"hits\": [...]}.")
  boolean json;

  @Parameters(arity = "1", paramLabel = "ID", description = "The id of an indexed article.")
  String id;

  @Override
  public Integer call() throws IOException {
    ResearchCli.atLeast("--limit", limit, 1);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex articles = index.openReadOnly()) {
      SearchResults results = articles.similar(id, limit);
      if (json) {
        out.println(Json.write(Json.searchResults(results)));
      } else {
        SearchCommand.printResults(out, "similar to " + id, results);
      }
    }
    return 0;
  }
}
