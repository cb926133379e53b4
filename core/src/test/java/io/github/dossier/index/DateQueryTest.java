package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dossier.Article;
import io.github.dossier.index.QueryNode.DateRange;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open ({@code date:>=2025-12-01}) and relative ({@code date:>now-30d}) date clauses. */
class DateQueryTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC);

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  private static QueryNode parse(String query) {
    return QueryParser.parse(query, CLOCK);
  }

  @Test
  void comparisonsWithADayCoverTheWholeDay() {
    assertEquals(new DateRange(millis("2025-12-01T00:00:00Z"), Long.MAX_VALUE), parse("date:>=2025-12-01"));
    assertEquals(new DateRange(millis("2025-12-02T00:00:00Z"), Long.MAX_VALUE), parse("date:>2025-12-01"));
    assertEquals(new DateRange(Long.MIN_VALUE, millis("2025-12-01T00:00:00Z") - 1), parse("date:<2025-12-01"));
    assertEquals(new DateRange(Long.MIN_VALUE, millis("2025-12-02T00:00:00Z") - 1), parse("date:<=2025-12-01"));
    assertEquals(new DateRange(millis("2026-01-01T00:00:00Z"), Long.MAX_VALUE), parse("date:>2025"));
    assertEquals(new DateRange(millis("2025-12-15T10:00:00Z") + 1, Long.MAX_VALUE),
        parse("date:>2025-12-15T10:00:00Z"));
  }

  @Test
  void relativeDatesCountFromNowInUtc() {
    assertEquals(new DateRange(millis("2026-03-01T12:00:00Z") + 1, Long.MAX_VALUE), parse("date:>now-30d"));
    assertEquals(new DateRange(millis("2026-03-24T12:00:00Z"), millis("2026-03-31T12:00:00Z")),
        parse("date:[now-1w TO now]"));
    assertEquals(new DateRange(millis("2025-12-31T12:00:00Z"), Long.MAX_VALUE), parse("date:>=now-3M"));
    assertEquals(new DateRange(millis("2025-03-31T12:00:00Z"), Long.MAX_VALUE), parse("date:>=now-1y"));
    assertEquals(new DateRange(Long.MIN_VALUE, millis("2026-03-31T06:00:00Z") - 1), parse("date:<now-6h"));
    assertEquals(new DateRange(millis("2026-03-31T11:30:00Z"), Long.MAX_VALUE), parse("date:>=now-30m"));
    assertEquals(new DateRange(millis("2026-04-01T12:00:00Z"), millis("2026-04-01T12:00:00Z")),
        parse("date:now+1d"));
    // combined with other clauses
    assertEquals(
        new QueryNode.And(java.util.List.of(
            new QueryNode.Term(QueryField.PERSON, "Trump", false, 7),
            new DateRange(millis("2026-03-01T12:00:00Z") + 1, Long.MAX_VALUE))),
        parse("person:Trump date:>now-30d"));
  }

  @Test
  void badComparisonsPointAtTheProblem() {
    QuerySyntaxException missing = assertThrows(QuerySyntaxException.class, () -> parse("Kyiv date:>="));
    assertEquals("missing date after 'date:>=' at position 12", missing.getMessage());
    assertEquals(12, missing.position());
    QuerySyntaxException star = assertThrows(QuerySyntaxException.class, () -> parse("date:>*"));
    assertEquals("'date:>*' at position 5 has no bound; use date:* for any dated article", star.getMessage());
    QuerySyntaxException unit = assertThrows(QuerySyntaxException.class, () -> parse("date:>now-30x"));
    assertEquals(6, unit.position());
    QuerySyntaxException bad = assertThrows(QuerySyntaxException.class, () -> parse("date:<=yesterday"));
    assertEquals(7, bad.position());
  }

  @Test
  void relativeAndOpenRangesSelectArticles(@TempDir Path dir) throws IOException {
    Instant now = Instant.now();
    try (ArticleIndex index = ArticleIndex.open(dir, new FakeTagger())) {
      index.add(Article.builder("old", "An old story.").published(now.minus(Duration.ofDays(100))).build());
      index.add(Article.builder("recent", "A recent story.").published(now.minus(Duration.ofDays(3))).build());
      index.add(Article.builder("undated", "A story without a date.").build());
      index.add(Article.builder("fixed", "A story of 2025.").published(Instant.parse("2025-12-01T08:00:00Z")).build());
      assertEquals(Set.of("recent"), ids(index, "date:>now-30d"));
      assertEquals(Set.of("recent"), ids(index, "date:[now-7d TO now]"));
      assertEquals(Set.of("old", "fixed"), ids(index, "story date:<now-30d"));
      assertEquals(Set.of("fixed"), ids(index, "date:[2025-12-01 TO 2025-12-01]"));
      assertEquals(Set.of("fixed"), ids(index, "date:>=2025-12-01 date:<2025-12-02"));
      assertEquals(Set.of(), ids(index, "date:>2025-12-01 date:<2025-12-02"));
    }
  }

  private static Set<String> ids(ArticleIndex index, String query) throws IOException {
    Set<String> ids = new HashSet<>();
    index.search(query, 100).hits().forEach(h -> ids.add(h.id()));
    return ids;
  }
}
