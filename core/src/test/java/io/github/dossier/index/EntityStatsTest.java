package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity counts and lookups over five news articles; the expected numbers are counted by hand. */
class EntityStatsTest {
  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void indexNews() throws IOException {
    index = ArticleIndex.open(dir.resolve("index"), News.tagger());
    // two segments, so that counting must merge across them
    index.add(News.GUARANTEES);
    index.add(News.BERLIN);
    index.commit();
    for (Article article : List.of(News.PUTIN, News.ODESA, News.TRADE)) {
      index.add(article);
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static EntityCount count(EntityType type, String key, String name, long articles, long mentions) {
    return new EntityCount(type, key, name, articles, mentions);
  }

  @Test
  void topPeopleOfAllArticles() throws IOException {
    EntityType p = EntityType.PERSON;
    assertEquals(
        List.of(
            count(p, "volodymyr zelenskyy", "Volodymyr Zelenskyy", 3, 6),
            count(p, "vladimir putin", "Vladimir Putin", 1, 3),
            // one article, two mentions each: by name
            count(p, "donald trump", "Donald Trump", 1, 2),
            count(p, "friedrich merz", "Friedrich Merz", 1, 2),
            count(p, "mark carney", "Mark Carney", 1, 2),
            count(p, "pedro sanchez", "Pedro Sánchez", 1, 2)),
        index.topEntities(p, null, 10));
    assertEquals(2, index.topEntities(p, "", 2).size());
    assertEquals(List.of(), index.topEntities(p, null, 0));
  }

  @Test
  void topPlacesBreakTiesByMentionsThenName() throws IOException {
    EntityType l = EntityType.LOCATION;
    assertEquals(
        List.of(
            count(l, "russia", "Russia", 4, 5),
            count(l, "ukraine", "Ukraine", 4, 5),
            count(l, "united states", "United States", 2, 4),
            count(l, "berlin", "Berlin", 2, 2),
            count(l, "moscow", "Moscow", 1, 3)),
        index.topEntities(l, null, 5));
  }

  @Test
  void topEntitiesOfTheArticlesMatchingAQuery() throws IOException {
    EntityType l = EntityType.LOCATION;
    assertEquals(
        List.of(
            count(l, "russia", "Russia", 3, 4),
            count(l, "ukraine", "Ukraine", 3, 4),
            count(l, "berlin", "Berlin", 2, 2)),
        index.topEntities(l, "person:zelenskyy", 3));
    assertEquals(
        List.of(
            count(EntityType.ORGANIZATION, "european union", "European Union", 1, 1)),
        index.topEntities(EntityType.ORGANIZATION, "source:\"CBC News\" AND trade", 5));
    assertEquals(List.of(), index.topEntities(EntityType.PERSON, "source:nowhere", 5));
  }

  @Test
  void topOrganizationsTieByName() throws IOException {
    EntityType o = EntityType.ORGANIZATION;
    assertEquals(
        List.of(count(o, "european union", "European Union", 2, 2), count(o, "nato", "NATO", 2, 2)),
        index.topEntities(o, null, 5));
  }

  @Test
  void entityLookupByKeyNameOrForm() throws IOException {
    EntityInfo zelenskyy = index.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow();
    assertEquals("volodymyr zelenskyy", zelenskyy.key());
    assertEquals("Volodymyr Zelenskyy", zelenskyy.name());
    assertEquals(3, zelenskyy.articles());
    assertEquals(6, zelenskyy.mentions());
    assertEquals(Map.of("Zelenskyy", 3L, "Volodymyr Zelenskyy", 2L, "Zelensky", 1L), zelenskyy.forms());
    assertEquals(List.of("Zelenskyy", "Volodymyr Zelenskyy", "Zelensky"), List.copyOf(zelenskyy.forms().keySet()));
    // by a form, in any case, with any type
    assertEquals(Optional.of(zelenskyy), index.entity(EntityType.PERSON, "zelenskyy"));
    assertEquals(Optional.of(zelenskyy), index.entity(null, "ZELENSKY"));
    assertEquals(Optional.of(zelenskyy), index.entity(null, "volodymyr zelenskyy"));

    EntityInfo sanchez = index.entity(null, "pedro sanchez").orElseThrow();
    assertEquals(EntityType.PERSON, sanchez.type());
    assertEquals("Pedro Sánchez", sanchez.name());
    assertEquals(Map.of("Pedro Sánchez", 1L, "Sánchez", 1L), sanchez.forms());

    EntityInfo us = index.entity(EntityType.LOCATION, "U.S.").orElseThrow();
    assertEquals("united states", us.key());
    assertEquals(2, us.articles());
    assertEquals(4, us.mentions());
    assertEquals(3L, us.forms().get("U.S."));
  }

  @Test
  void entityLookupMissesUnknownNamesAndWrongTypes() throws IOException {
    assertEquals(Optional.empty(), index.entity(null, "Angela Merkel"));
    assertEquals(Optional.empty(), index.entity(EntityType.LOCATION, "Zelenskyy"));
    assertEquals(Optional.empty(), index.entity(null, "  "));
    assertTrue(index.entity(EntityType.ORGANIZATION, "nato").isPresent());
  }

  @Test
  void bothCountingStrategiesAgree() throws IOException {
    Path other = dir.resolve("strategies");
    try (ArticleIndex writer = ArticleIndex.open(other, News.tagger())) {
      for (Article article : News.ALL) {
        writer.add(article);
        writer.commit(); // one segment each
      }
      writer.add(News.PUTIN.toBuilder().id("ap-putin-copy").build());
      writer.delete("bbc-odesa"); // a deletion, so the all-articles shortcut must not apply everywhere
    }
    QueryFactory queries = new QueryFactory(Analyzers.text(), Analyzers.names());
    try (FSDirectory directory = FSDirectory.open(other);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String q : List.of("date:*", "person:zelenskyy", "Moscow", "NOT place:berlin", "source:cbc")) {
        Query query = queries.toLucene(ArticleQuery.parse(q));
        for (EntityType type : EntityType.values()) {
          List<EntityCount> postings = EntityStats.top(searcher, type, query, 20, EntityStats.Strategy.POSTINGS);
          assertEquals(postings, EntityStats.top(searcher, type, query, 20, EntityStats.Strategy.PER_DOCUMENT), q);
          assertEquals(postings, EntityStats.top(searcher, type, query, 20, EntityStats.Strategy.ORDINALS), q);
          assertEquals(postings, EntityStats.top(searcher, type, query, 20), q);
          for (int n = 1; n <= 3; n++) {
            assertEquals(EntityStats.top(searcher, type, query, n, EntityStats.Strategy.POSTINGS),
                EntityStats.top(searcher, type, query, n, EntityStats.Strategy.ORDINALS), q + " top " + n);
          }
        }
      }
      Query all = new MatchAllDocsQuery();
      List<EntityCount> people = EntityStats.top(searcher, EntityType.PERSON, all, 1, EntityStats.Strategy.POSTINGS);
      assertEquals(List.of(count(EntityType.PERSON, "vladimir putin", "Vladimir Putin", 2, 6)), people);
    }
  }

  @Test
  void nthLargestSelectsTheCutOffOfTheTopCounts() {
    int[] counts = {3, 0, 7, 7, 1, 9, 0, 2};
    assertEquals(9, EntityStats.nthLargest(counts, 1));
    assertEquals(7, EntityStats.nthLargest(counts, 2));
    assertEquals(7, EntityStats.nthLargest(counts, 3));
    assertEquals(3, EntityStats.nthLargest(counts, 4));
    assertEquals(0, EntityStats.nthLargest(counts, 8));
    assertEquals(0, EntityStats.nthLargest(counts, 9));
  }

  @Test
  void deletedArticlesStopCounting() throws IOException {
    Path other = dir.resolve("deletions");
    try (ArticleIndex small = ArticleIndex.open(other, News.tagger())) {
      small.add(News.PUTIN);
      small.add(News.ODESA);
      small.commit();
      small.delete("ap-putin");
      assertEquals(
          List.of(count(EntityType.LOCATION, "odesa", "Odesa", 1, 2),
              count(EntityType.LOCATION, "russia", "Russia", 1, 1),
              count(EntityType.LOCATION, "ukraine", "Ukraine", 1, 1)),
          small.topEntities(EntityType.LOCATION, null, 5));
      assertEquals(Optional.empty(), small.entity(null, "Putin"));
      assertEquals(1, small.entity(null, "Ukraine").orElseThrow().articles());
    }
  }
}
