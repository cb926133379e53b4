package io.github.dossier.examples;

import io.github.dossier.Article;
import io.github.dossier.EntityTagger;
import io.github.dossier.analyzers.EnglishEntityTagger;
import io.github.dossier.analyzers.resolve.ResolvingTagger;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.Hit;
import io.github.dossier.index.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The smallest complete use of Dossier: index two articles, then find them by person and place.
 *
 * <p>Run with {@code java -cp examples/target/dossier.jar io.github.dossier.examples.QuickStart}.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("dossier-quickstart-");
    EntityTagger tagger = ResolvingTagger.wrap(EnglishEntityTagger.create());
    try (ArticleIndex index = ArticleIndex.open(dir, tagger)) {
      index.add(Article.builder("a1",
              "German Chancellor Friedrich Merz met Ukrainian President Volodymyr Zelenskyy in Berlin "
                  + "on Monday. Merz said Europe would back security guarantees for Ukraine.")
          .title("Merz and Zelenskyy meet in Berlin")
          .published(LocalDate.of(2025, 12, 15))
          .build());
      index.add(Article.builder("a2",
              "NATO foreign ministers met in Brussels. Secretary General Mark Rutte said the alliance "
                  + "would keep supporting Ukraine.")
          .title("NATO ministers meet in Brussels")
          .published(LocalDate.of(2025, 12, 3))
          .build());
      index.commit();

      for (String query : new String[] {"person:Zelenskyy", "place:Brussels", "ukraine org:NATO", "within:\"country:DE\""}) {
        SearchResults results = index.search(query, 10);
        System.out.printf("%s -> %d%n", query, results.total());
        for (Hit hit : results.hits()) {
          System.out.printf("  %s  %s%n", hit.id(), hit.title());
        }
      }
    }
  }
}
