package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cursor paging over 57 articles built to tie: many share a date, many have exactly the same
 * text (and so the same score), some have no date; they are spread over several segments.
 */
class PagingTest {
  @TempDir static Path dir;
  static ArticleIndex index;
  static final int ARTICLES = 57;

  @BeforeAll
  static void open() throws IOException {
    index = ArticleIndex.open(dir.resolve("index"), new FakeTagger());
    for (int i = 0; i < ARTICLES; i++) {
      Article.Builder b = Article.builder(String.format("n%02d", (i * 37) % ARTICLES),
          i % 3 == 0 ? "Storm warning for the coast." : "Storm warning for the coast. The storm moved north.");
      if (i % 7 != 0) {
        b.published(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * (i % 5)));
      }
      index.add(b.build());
      if (i % 10 == 9) {
        index.commit();
      }
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<Hit> allPages(ArticleQuery query, SortOrder order, int limit) throws IOException {
    List<Hit> hits = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      SearchPage page = index.searchPage(query, limit, order, cursor);
      assertEquals(ARTICLES, page.total());
      assertTrue(page.hits().size() <= limit);
      hits.addAll(page.hits());
      cursor = page.next().orElse(null);
      pages++;
      assertTrue(pages <= ARTICLES, "paging does not end");
    } while (cursor != null);
    assertEquals((ARTICLES + limit - 1) / limit, pages, "no empty last page");
    return hits;
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  void pagesNeitherRepeatNorSkipInAnyOrder() throws IOException {
    ArticleQuery storm = ArticleQuery.parse("storm");
    for (SortOrder order : SortOrder.values()) {
      for (int limit : new int[] {1, 5, 10, 56, 57}) {
        List<Hit> paged = allPages(storm, order, limit);
        assertEquals(ARTICLES, paged.size(), order + " by " + limit);
        assertEquals(ARTICLES, new HashSet<>(ids(paged)).size(), order + " by " + limit + " repeats");
        assertEquals(ids(index.searchPage(storm, 100, order, null).hits()), ids(paged), order + " by " + limit);
      }
    }
  }

  @Test
  void pagesFollowTheOrderWithIdsBreakingTies() throws IOException {
    List<Hit> newest = allPages(ArticleQuery.parse("storm"), SortOrder.NEWEST_FIRST, 4);
    for (int i = 1; i < newest.size(); i++) {
      Hit a = newest.get(i - 1);
      Hit b = newest.get(i);
      Instant da = a.published().orElse(Instant.MIN);
      Instant db = b.published().orElse(Instant.MIN);
      assertTrue(da.isAfter(db) || da.equals(db) && a.id().compareTo(b.id()) < 0, a.id() + " before " + b.id());
    }
    assertEquals(Optional.empty(), newest.get(newest.size() - 1).published(), "undated last");
    List<Hit> relevance = allPages(ArticleQuery.parse("storm"), SortOrder.RELEVANCE, 4);
    for (int i = 1; i < relevance.size(); i++) {
      Hit a = relevance.get(i - 1);
      Hit b = relevance.get(i);
      assertTrue(a.score() > b.score() || a.score() == b.score() && a.id().compareTo(b.id()) < 0,
          a.id() + " " + a.score() + " before " + b.id() + " " + b.score());
    }
  }

  @Test
  void theLastPageHasNoCursor() throws IOException {
    SearchPage all = index.searchPage(ArticleQuery.all(), ARTICLES, SortOrder.OLDEST_FIRST, null);
    assertEquals(ARTICLES, all.hits().size());
    assertFalse(all.next().isPresent());
    SearchPage none = index.searchPage(ArticleQuery.parse("hurricane"), 10, SortOrder.RELEVANCE, null);
    assertEquals(0, none.total());
    assertFalse(none.next().isPresent());
  }

  @Test
  void indexesWrittenBeforeIdSortValuesStillPageWithoutRepeats(@TempDir Path old) throws IOException {
    // an index as Dossier wrote it before id.sort existed, then extended by this version
    FakeTagger tagger = new FakeTagger();
    try (FSDirectory directory = FSDirectory.open(old);
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig(Analyzers.perField(Analyzers.text(), Analyzers.names())))) {
      for (int i = 0; i < 12; i++) {
        Article a = Article.builder("old" + i, "Flood warning number " + (i % 3) + ".").build();
        Document doc = ArticleDocuments.toDocument(a, tagger.tag(a.body()));
        doc.removeFields(Schema.ID_SORT);
        writer.addDocument(doc);
      }
      writer.setLiveCommitData(Map.of(ArticleIndex.FORMAT_KEY, ArticleIndex.FORMAT_VERSION).entrySet());
      writer.commit();
    }
    try (ArticleIndex index = ArticleIndex.open(old, tagger)) {
      for (int i = 0; i < 5; i++) {
        index.add(Article.builder("new" + i, "Flood warning number " + i + ".").build());
      }
      index.commit();
      for (SortOrder order : SortOrder.values()) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
          SearchPage page = index.searchPage(ArticleQuery.parse("flood"), 4, order, cursor);
          assertEquals(17, page.total());
          page.hits().forEach(h -> ids.add(h.id()));
          cursor = page.next().orElse(null);
        } while (cursor != null);
        assertEquals(17, ids.size(), order.toString());
        assertEquals(17, new HashSet<>(ids).size(), order + " repeats: " + ids);
      }
    }
  }

  @Test
  void badCursorsAreRefusedClearly() throws IOException {
    String cursor = index.searchPage(ArticleQuery.all(), 3, SortOrder.NEWEST_FIRST, null).next().orElseThrow();
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> index.searchPage(ArticleQuery.all(), 3, SortOrder.RELEVANCE, cursor));
    assertEquals("the cursor was made for sort order NEWEST_FIRST, not RELEVANCE", order.getMessage());
    for (String bad : List.of("x", "!!!", cursor.substring(0, cursor.length() - 3), cursor + "AAAA")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> index.searchPage(ArticleQuery.all(), 3, SortOrder.NEWEST_FIRST, bad), bad);
      assertTrue(e.getMessage().startsWith("invalid search cursor '"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class,
        () -> index.searchPage(ArticleQuery.all(), 0, SortOrder.NEWEST_FIRST, null));
  }
}
