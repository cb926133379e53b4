package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming export and more-like-this over the five {@link Research} articles. */
class ExportAndSimilarTest extends ResearchIndexTest {


  private static Set<String> exported(ArticleIndex index, ArticleQuery query) throws IOException {
    List<String> ids = new ArrayList<>();
    long count = index.export(query, a -> ids.add(a.article().id()));
    assertEquals(ids.size(), count);
    Set<String> unique = new HashSet<>(ids);
    assertEquals(ids.size(), unique.size(), "an article exported twice: " + ids);
    return unique;
  }

  @Test
  void exportVisitsEveryMatchingArticleOnceWithItsEntities() throws IOException {
    assertEquals(Set.of("a1", "a2", "a3", "a4", "a5"), exported(index, ArticleQuery.all()));
    assertEquals(Set.of("a1", "a2", "a4", "a5"), exported(index, ArticleQuery.parse("person:Adams")));
    assertEquals(Set.of(), exported(index, ArticleQuery.parse("person:nobody")));
    List<IndexedArticle> a2 = new ArrayList<>();
    index.export(ArticleQuery.parse("title:acme"), a2::add);
    assertEquals(1, a2.size());
    assertEquals(Research.A2, a2.get(0).article());
    assertEquals(2, a2.get(0).tagged().entity(EntityType.PERSON, "alice adams").orElseThrow().mentionCount());
  }

  @Test
  void exportSkipsDeletedArticlesAndStopsOnAVisitorsError(@TempDir Path other) throws IOException {
    try (ArticleIndex copy = Research.index(other)) {
      copy.delete("a2");
      assertEquals(Set.of("a1", "a4", "a5"), exported(copy, ArticleQuery.parse("person:Adams")));
      IOException stop = new IOException("disk full");
      IOException thrown = assertThrows(IOException.class,
          () -> copy.export(ArticleQuery.all(), a -> {
            throw stop;
          }));
      assertEquals(stop, thrown);
    }
  }

  @Test
  void similarArticlesShareWordsAndEntities() throws IOException {
    SearchResults r = index.similar("a1", 10);
    // a4 names Bob Brown, Alice Adams and Paris like a1; a5 two of them; a2 and a3 fewer
    assertEquals("a4", r.hits().get(0).id());
    Set<String> ids = new HashSet<>();
    r.hits().forEach(h -> ids.add(h.id()));
    assertEquals(Set.of("a2", "a3", "a4", "a5"), ids);
    assertFalse(ids.contains("a1"));
    assertEquals(4, r.total());
    for (int i = 1; i < r.hits().size(); i++) {
      assertTrue(r.hits().get(i - 1).score() >= r.hits().get(i).score());
    }
    assertEquals(4, index.similar("a1", 0).total());
    assertEquals(1, index.similar("a1", 1).hits().size());
  }

  @Test
  void similarToAnUnknownArticleIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.similar("zz", 5));
    assertEquals("no article with id 'zz' in the index", e.getMessage());
  }
}
