package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query language and structured queries over five news articles. */
class SearchTest {
  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void indexNews() throws IOException {
    index = ArticleIndex.open(dir.resolve("index"), News.tagger());
    for (Article article : News.ALL) {
      index.add(article);
    }
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Set<String> ids(String query) throws IOException {
    SearchResults results = index.search(query, 10);
    Set<String> ids = results.hits().stream().map(Hit::id).collect(Collectors.toSet());
    assertEquals(results.total(), ids.size(), "total of " + query);
    return ids;
  }

  private static Set<String> ids(ArticleQuery query) throws IOException {
    return index.search(query, 10).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  @Test
  void freeTextMatchesStemmedWordsInTitleOrBody() throws IOException {
    assertEquals(Set.of("cbc-guarantees"), ids("security guarantees"));
    assertEquals(Set.of("cbc-guarantees"), ids("guarantee"));
    assertEquals(Set.of("cbc-trade"), ids("renewable energy"));
    // "Russia's" loses its possessive; "Russian" is a different word
    assertEquals(Set.of("cbc-guarantees", "reuters-berlin", "ap-putin", "bbc-odesa"), ids("Russia's"));
  }

  @Test
  void titleMatchesRankAboveBodyMatches() throws IOException {
    List<Hit> hits = index.search("Berlin", 10).hits();
    assertEquals(List.of("reuters-berlin", "cbc-guarantees"), hits.stream().map(Hit::id).toList());
    assertTrue(hits.get(0).score() > hits.get(1).score());
  }

  @Test
  void quotedPhrasesMatchWordsInOrder() throws IOException {
    assertEquals(Set.of("cbc-guarantees"), ids("\"security guarantees\""));
    assertEquals(Set.of(), ids("\"guarantees security\""));
    assertEquals(Set.of("reuters-berlin"), ids("\"current front line\""));
  }

  @Test
  void titleFieldSearchesOnlyTitles() throws IOException {
    assertEquals(Set.of("ap-putin"), ids("title:Russia"));
    assertEquals(Set.of("cbc-guarantees"), ids("title:\"security guarantees\""));
  }

  @Test
  void unquotedEntityClauseMatchesAnyWordOfANameOrForm() throws IOException {
    Set<String> zelenskyy = Set.of("cbc-guarantees", "reuters-berlin", "bbc-odesa");
    assertEquals(zelenskyy, ids("person:zelenskyy"));
    assertEquals(zelenskyy, ids("person:Zelenskyy"));
    assertEquals(zelenskyy, ids("person:ZELENSKYY"));
    assertEquals(zelenskyy, ids("person:volodymyr"));
    // only the Odesa article uses the spelling "Zelensky"
    assertEquals(Set.of("bbc-odesa"), ids("person:Zelensky"));
    assertEquals(Set.of("ap-putin"), ids("person:putin"));
    assertEquals(Set.of("ap-putin"), ids("person:Putin's"));
    assertEquals(Set.of(), ids("person:Moscow"));
  }

  @Test
  void quotedEntityClauseMatchesAWholeNameOrForm() throws IOException {
    assertEquals(
        Set.of("cbc-guarantees", "reuters-berlin", "bbc-odesa"), ids("person:\"Volodymyr Zelenskyy\""));
    assertEquals(
        Set.of("cbc-guarantees", "reuters-berlin", "bbc-odesa"), ids("person:\"volodymyr  ZELENSKYY\""));
    // the form "Zelenskyy" is used in two articles; the third says "Zelensky"
    assertEquals(Set.of("cbc-guarantees", "reuters-berlin"), ids("person:\"Zelenskyy\""));
    assertEquals(Set.of(), ids("person:\"Volodymyr\""));
  }

  @Test
  void entityMatchingIgnoresDiacritics() throws IOException {
    assertEquals(Set.of("cbc-trade"), ids("person:sanchez"));
    assertEquals(Set.of("cbc-trade"), ids("person:SÁNCHEZ"));
    assertEquals(Set.of("cbc-trade"), ids("person:\"pedro sanchez\""));
  }

  @Test
  void placeOrgAndAnyEntityClauses() throws IOException {
    assertEquals(Set.of("cbc-guarantees", "ap-putin"), ids("place:\"United States\""));
    assertEquals(Set.of("cbc-guarantees", "ap-putin"), ids("place:U.S."));
    assertEquals(Set.of("ap-putin"), ids("place:moscow"));
    assertEquals(Set.of("cbc-guarantees", "ap-putin"), ids("org:nato"));
    assertEquals(Set.of("reuters-berlin", "cbc-trade"), ids("org:\"European Union\""));
    assertEquals(Set.of("reuters-berlin", "cbc-trade"), ids("org:union"));
    assertEquals(Set.of("ap-putin"), ids("entity:Moscow"));
    assertEquals(Set.of("ap-putin"), ids("entity:\"Vladimir Putin\""));
    // "Madrid" is a place: the person field does not find it, entity: does
    assertEquals(Set.of(), ids("person:madrid"));
    assertEquals(Set.of("cbc-trade"), ids("entity:madrid"));
  }

  @Test
  void sourceMatchesWordsOrTheWholeName() throws IOException {
    assertEquals(Set.of("cbc-guarantees", "cbc-trade"), ids("source:\"CBC News\""));
    assertEquals(Set.of("cbc-guarantees", "cbc-trade"), ids("source:\"cbc news\""));
    assertEquals(Set.of("cbc-guarantees", "cbc-trade"), ids("source:cbc"));
    assertEquals(Set.of("cbc-guarantees", "cbc-trade", "bbc-odesa"), ids("source:news"));
    assertEquals(Set.of(), ids("source:\"CBC\""));
  }

  @Test
  void dateRangesAreInclusiveUtcDaysWithOpenEnds() throws IOException {
    assertEquals(
        Set.of("cbc-guarantees", "reuters-berlin", "ap-putin"),
        ids("date:[2025-12-01 TO 2025-12-31]"));
    assertEquals(Set.of("bbc-odesa", "cbc-trade"), ids("date:[* TO 2025-11-30]"));
    assertEquals(Set.of("cbc-guarantees", "reuters-berlin"), ids("date:[2025-12-14 TO *]"));
    assertEquals(Set.of("reuters-berlin"), ids("date:2025-12-14"));
    assertEquals(Set.of("cbc-guarantees", "reuters-berlin"), ids("date:{2025-12-10 TO 2025-12-15]"));
    assertEquals(Set.of("cbc-trade"), ids("date:2025-06"));
    assertEquals(5, ids("date:2025").size());
    assertEquals(
        Set.of("cbc-guarantees"),
        ids("date:[2025-12-15T14:00:00Z TO 2025-12-15T15:00:00Z]"));
  }

  @Test
  void booleanCombinations() throws IOException {
    assertEquals(Set.of("cbc-guarantees", "reuters-berlin"), ids("person:zelenskyy AND place:berlin"));
    assertEquals(Set.of("cbc-guarantees", "reuters-berlin"), ids("person:zelenskyy place:berlin"));
    assertEquals(Set.of("bbc-odesa"), ids("person:zelenskyy -place:berlin"));
    assertEquals(Set.of("bbc-odesa"), ids("person:zelenskyy AND NOT place:berlin"));
    assertEquals(Set.of("ap-putin", "cbc-trade"), ids("person:putin OR person:carney"));
    assertEquals(Set.of("ap-putin", "cbc-trade"), ids("person:(putin OR carney)"));
    assertEquals(Set.of("ap-putin"), ids("(person:putin OR person:carney) AND NOT source:cbc"));
    assertEquals(Set.of("ap-putin", "cbc-trade"), ids("NOT person:zelenskyy"));
    assertEquals(Set.of("cbc-trade", "ap-putin"), ids("Madrid OR (Moscow AND date:[2025-12-01 TO *])"));
    assertEquals(Set.of("cbc-guarantees"), ids("+guarantees +trump"));
  }

  @Test
  void structuredQueriesCombineTextAndFilters() throws IOException {
    assertEquals(
        Set.of("cbc-guarantees"),
        ids(ArticleQuery.builder().text("security guarantees").person("Trump").place("Kyiv")
            .org("NATO").source("CBC News").build()));
    assertEquals(
        Set.of("cbc-guarantees", "reuters-berlin", "bbc-odesa"),
        ids(ArticleQuery.builder().person("Volodymyr Zelenskyy").build()));
    assertEquals(
        Set.of("cbc-guarantees", "reuters-berlin"),
        ids(ArticleQuery.builder().person("zelenskyy")
            .publishedBetween(Instant.parse("2025-12-01T00:00:00Z"), null).build()));
    assertEquals(
        Set.of("bbc-odesa", "cbc-trade"),
        ids(ArticleQuery.builder().publishedBetween(null, Instant.parse("2025-12-01T00:00:00Z")).build()));
    assertEquals(5, index.search(ArticleQuery.builder().build(), 10).total());
  }

  @Test
  void entityPhrasesNeverSpanTwoNames() throws IOException {
    // the Kyiv article names "Volodymyr Zelenskyy" then "Donald Trump"; no name says "Zelenskyy Donald"
    assertEquals(Set.of(), ids(ArticleQuery.builder().person("Zelenskyy Donald").build()));
    assertEquals(Set.of("cbc-guarantees"), ids(ArticleQuery.builder().person("Donald Trump").build()));
  }

  @Test
  void hitsCanBeSortedByPublicationDate() throws IOException {
    assertEquals(
        List.of("cbc-guarantees", "reuters-berlin", "ap-putin", "bbc-odesa"),
        index.search("place:ukraine", 10, SortOrder.NEWEST_FIRST).hits().stream().map(Hit::id).toList());
    List<Hit> oldest = index.search("place:ukraine", 2, SortOrder.OLDEST_FIRST).hits();
    assertEquals(List.of("bbc-odesa", "ap-putin"), oldest.stream().map(Hit::id).toList());
    assertTrue(oldest.get(0).score() > 0);
    assertEquals(
        List.of("cbc-guarantees", "reuters-berlin", "ap-putin", "bbc-odesa", "cbc-trade"),
        index.search(ArticleQuery.builder().build(), 10, SortOrder.NEWEST_FIRST).hits().stream()
            .map(Hit::id).toList());
  }

  @Test
  void totalCountsAllMatchesBeyondTheLimit() throws IOException {
    SearchResults results = index.search("place:ukraine OR place:russia", 2);
    assertEquals(4, results.total());
    assertEquals(2, results.hits().size());
    assertEquals(0, index.search("place:ukraine", 0).hits().size());
    assertEquals(4, index.search("place:ukraine", 0).total());
  }

  @Test
  void hitsCarryMetadataSnippetAndEntities() throws IOException {
    Hit hit = index.search("security guarantees", 10).hits().get(0);
    assertEquals("cbc-guarantees", hit.id());
    assertEquals("U.S. offers security guarantees to Kyiv as peace talks continue", hit.title());
    assertEquals(Instant.parse("2025-12-15T14:30:00Z"), hit.published().orElseThrow());
    assertEquals("CBC News", hit.source().orElseThrow());
    assertTrue(hit.url().orElseThrow().startsWith("https://www.cbc.ca/"));
    assertTrue(hit.snippet().contains("«security» «guarantees»"), hit.snippet());
    assertTrue(hit.snippet().length() <= Snippets.MAX_SNIPPET + 2, hit.snippet());
    // most mentioned first: Zelenskyy (3) and the United States (3), then Trump (2)
    EntitySummary first = hit.entities().get(0);
    assertEquals(3, first.mentions());
    assertEquals(
        new EntitySummary(EntityType.PERSON, "donald trump", "Donald Trump", 2), hit.entities().get(2));
    assertEquals(8, hit.entities().size()); // 2 people, 5 places, NATO
  }

  @Test
  void snippetIsTheStartOfTheBodyWithoutATextMatch() throws IOException {
    Hit hit = index.search("person:putin", 10).hits().get(0);
    assertTrue(hit.snippet().startsWith("Russian President Vladimir Putin said on Wednesday"), hit.snippet());
    assertFalse(hit.snippet().contains("«"));
    assertTrue(hit.snippet().length() <= Snippets.LEAD_LENGTH + 1);
    assertTrue(hit.snippet().endsWith("…"));
    assertFalse(hit.snippet().endsWith(" …"));
  }

  @Test
  void stopWordsAloneMatchNothing() throws IOException {
    assertEquals(0, index.search("the", 10).total());
    assertEquals(Set.of("ap-putin"), ids("the Moscow"));
  }

  @Test
  void theLongestAllowedQueriesRun() throws IOException {
    StringBuilder entities = new StringBuilder("entity:kyiv");
    StringBuilder words = new StringBuilder("Kyiv");
    for (int i = 1; i < QueryParser.MAX_TERMS; i++) {
      entities.append(" OR entity:name").append(i);
      words.append(" OR word").append(i);
    }
    assertEquals(Set.of("cbc-guarantees"), ids(entities.toString()));
    assertEquals(Set.of("cbc-guarantees"), ids(words.toString()));
  }

  @Test
  void badQueriesThrowSyntaxErrors() {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> index.search("persn:Trump", 10));
    assertEquals(0, e.position());
    assertThrows(QuerySyntaxException.class, () -> index.topEntities(EntityType.PERSON, "(Trump", 5));
    assertThrows(QuerySyntaxException.class, () -> index.search(" ", 10));
  }
}
