package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A 10 MB article is indexed whole: its last sentence is searchable and highlighted. */
class LargeArticleTest {
  @TempDir Path dir;

  @Test
  @Timeout(60)
  void tenMegabyteArticleIsIndexedWholeAndItsEndHighlighted() throws Exception {
    String[] filler = {
      "Officials met in the capital to discuss grain exports and energy prices.",
      "The talks ran late into the night as delegations argued over tariffs.",
      "Analysts said markets would watch the outcome closely in the coming weeks.",
      "Farmers in the south reported a better harvest than last year.",
    };
    String absurdWord = "x".repeat(40_000); // one "word" longer than Lucene's 32766-byte term limit
    StringBuilder body = new StringBuilder(10_200_000);
    int absurdStart = -1;
    for (int i = 0; body.length() < 10_000_000; i++) {
      body.append(filler[i % filler.length]).append(' ');
      if (i == 1000) {
        absurdStart = body.length();
        body.append(absurdWord).append(". ");
      }
    }
    String ending = "In a final twist, a zeppelin was seen drifting over Kyiv.";
    int endingStart = body.length();
    body.append(ending);
    String text = body.toString();
    int kyiv = text.lastIndexOf("Kyiv");
    TaggedText tagged =
        new TaggedText(
            List.of(new Sentence(0, endingStart), new Sentence(endingStart, text.length())),
            List.of(
                new Entity("kyiv", "Kyiv", EntityType.LOCATION, List.of(new Mention("Kyiv", kyiv, kyiv + 4, 1))),
                // an absurd name: too long for a keyword term, so it is stored but not counted
                new Entity(absurdWord, absurdWord, EntityType.ORGANIZATION,
                    List.of(new Mention(absurdWord, absurdStart, absurdStart + absurdWord.length(), 0)))));
    Article article = Article.builder("huge", text).title("A very long report").build();

    try (ArticleIndex index = ArticleIndex.open(dir, News.tagger())) {
      assertEquals(IndexResult.ADDED, index.add(article, tagged));
      index.add(News.GUARANTEES);
      index.commit();

      SearchResults results = index.search("zeppelin", 10);
      assertEquals(1, results.total());
      Hit hit = results.hits().get(0);
      assertEquals("huge", hit.id());
      assertTrue(hit.snippet().contains("«zeppelin» was seen drifting over Kyiv"), hit.snippet());
      assertTrue(hit.snippet().length() <= Snippets.MAX_SNIPPET + 2, hit.snippet());

      assertEquals(2, index.search("place:kyiv", 10).total());
      assertEquals(1, index.search("\"drifting over Kyiv\"", 10).total());
      assertEquals(1, index.search("place:kyiv AND zeppelin", 10).total());
      assertEquals(2, index.topEntities(EntityType.LOCATION, "Kyiv", 10).get(0).articles());
      assertEquals(List.of("nato"),
          index.topEntities(EntityType.ORGANIZATION, null, 10).stream().map(EntityCount::key).toList());

      IndexedArticle stored = index.get("huge").orElseThrow();
      assertEquals(text.length(), stored.article().body().length());
      assertEquals(article, stored.article());
      assertEquals(tagged, stored.tagged());
    }
  }
}
