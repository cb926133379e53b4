package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.EntityType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facets over the five {@link Research} articles; every number is counted by hand. */
class FacetsTest extends ResearchIndexTest {


  private static List<String> labels(List<DateCount> dates) {
    return dates.stream().map(DateCount::label).toList();
  }

  private static List<Long> counts(List<DateCount> dates) {
    return dates.stream().map(DateCount::articles).toList();
  }

  @Test
  void entitiesOfAllArticlesCountArticlesAndMentions() throws IOException {
    Facets f = index.facets(ArticleQuery.all(), FacetOptions.DEFAULTS);
    assertEquals(5, f.articles());
    EntityType p = EntityType.PERSON;
    assertEquals(
        List.of(
            new EntityCount(p, "alice adams", "Alice Adams", 4, 6),
            new EntityCount(p, "bob brown", "Bob Brown", 3, 4),
            new EntityCount(p, "carol chen", "Carol Chen", 2, 3)),
        f.entities(p));
    EntityType l = EntityType.LOCATION;
    assertEquals(
        List.of(new EntityCount(l, "paris", "Paris", 3, 3), new EntityCount(l, "berlin", "Berlin", 2, 2)),
        f.entities(l));
    assertEquals(
        List.of(new EntityCount(EntityType.ORGANIZATION, "acme", "Acme", 2, 3)),
        f.entities(EntityType.ORGANIZATION));
  }

  @Test
  void sourcesAreRankedByArticles() throws IOException {
    Facets f = index.facets(ArticleQuery.all(), FacetOptions.DEFAULTS);
    assertEquals(List.of(new SourceCount("Wire", 3), new SourceCount("Post", 2)), f.sources());
    Facets adams = index.facets(ArticleQuery.parse("person:Adams"), FacetOptions.DEFAULTS);
    assertEquals(4, adams.articles());
    assertEquals(List.of(new SourceCount("Wire", 3), new SourceCount("Post", 1)), adams.sources());
    Facets one = index.facets(ArticleQuery.all(), FacetOptions.builder().sources(1).entities(0).build());
    assertEquals(List.of(new SourceCount("Wire", 3)), one.sources());
    assertTrue(one.entities(EntityType.PERSON).isEmpty());
  }

  @Test
  void monthsAreZeroFilledAndUndatedArticlesCountedApart() throws IOException {
    Facets f = index.facets(ArticleQuery.all(), FacetOptions.DEFAULTS);
    assertEquals(DateInterval.MONTH, f.interval());
    assertEquals(List.of("2025-01", "2025-02", "2025-03"), labels(f.dates()));
    assertEquals(List.of(3L, 0L, 1L), counts(f.dates()));
    assertEquals(1, f.undated());
    DateCount february = f.dates().get(1);
    assertEquals(Instant.parse("2025-02-01T00:00:00Z"), february.start());
    assertEquals(Instant.parse("2025-03-01T00:00:00Z"), february.end());
  }

  @Test
  void weeksAreIsoWeeksStartingOnMonday() throws IOException {
    Facets f = index.facets(ArticleQuery.all(),
        FacetOptions.builder().interval(DateInterval.WEEK).build());
    // a1 (Monday 6 January) and a2 (Sunday 12 January) share week 2; a3 (Monday 13th) is week 3
    assertEquals(
        List.of("2025-W02", "2025-W03", "2025-W04", "2025-W05", "2025-W06", "2025-W07", "2025-W08",
            "2025-W09"),
        labels(f.dates()));
    assertEquals(List.of(2L, 1L, 0L, 0L, 0L, 0L, 0L, 1L), counts(f.dates()));
    assertEquals(Instant.parse("2025-01-06T00:00:00Z"), f.dates().get(0).start());
    assertEquals(Instant.parse("2025-01-13T00:00:00Z"), f.dates().get(0).end());
  }

  @Test
  void aRangeBoundsTheHistogramOnly() throws IOException {
    Facets f = index.facets(ArticleQuery.all(),
        FacetOptions.builder()
            .interval(DateInterval.DAY)
            .between(Instant.parse("2025-01-05T00:00:00Z"), Instant.parse("2025-01-07T23:59:59Z"))
            .build());
    assertEquals(List.of("2025-01-05", "2025-01-06", "2025-01-07"), labels(f.dates()));
    assertEquals(List.of(0L, 1L, 0L), counts(f.dates()));
    // entity and source counts still cover every matching article
    assertEquals(5, f.articles());
    assertEquals(4, f.entities(EntityType.PERSON).get(0).articles());
  }

  @Test
  void noMatchGivesEmptyCounts() throws IOException {
    Facets f = index.facets(ArticleQuery.parse("person:nobody"), FacetOptions.DEFAULTS);
    assertEquals(0, f.articles());
    assertEquals(List.of(), f.entities(EntityType.PERSON));
    assertEquals(List.of(), f.sources());
    assertEquals(List.of(), f.dates());
    assertEquals(0, f.undated());
  }

  @Test
  void tooManyBucketsIsRefusedWithAClearMessage() {
    FacetOptions options = FacetOptions.builder()
        .interval(DateInterval.DAY)
        .between(Instant.parse("1000-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"))
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> index.facets(ArticleQuery.all(), options));
    assertTrue(e.getMessage().contains("at most 100000 are allowed"), e.getMessage());
  }

  @Test
  void reversedRangeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FacetOptions.builder()
            .between(Instant.parse("2025-02-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"))
            .build());
    assertTrue(e.getMessage().startsWith("date range ends"), e.getMessage());
  }

  @Test
  void isoWeekLabelsAtYearEnds() {
    // 3 January 2021 is a Sunday in week 53 of 2020; 30 December 2024 is the Monday of 2025-W01
    DateInterval w = DateInterval.WEEK;
    assertEquals("2020-W53", w.label(w.floor(LocalDate.parse("2021-01-03"))));
    assertEquals(LocalDate.parse("2020-12-28"), w.floor(LocalDate.parse("2021-01-03")));
    assertEquals("2025-W01", w.label(w.floor(LocalDate.parse("2025-01-01"))));
    long millis = Instant.parse("2021-01-03T23:59:59Z").toEpochMilli();
    assertEquals(LocalDate.parse("2020-12-28"), w.startOfBucket(w.bucketOf(millis)));
    long before1970 = Instant.parse("1969-12-31T12:00:00Z").toEpochMilli();
    assertEquals(LocalDate.parse("1969-12-29"), w.startOfBucket(w.bucketOf(before1970)));
    DateInterval m = DateInterval.MONTH;
    assertEquals(LocalDate.parse("1969-12-01"), m.startOfBucket(m.bucketOf(before1970)));
    assertEquals("1969-12", m.label(m.startOfBucket(m.bucketOf(before1970))));
    assertEquals(DateInterval.WEEK, DateInterval.parse(" Week").orElseThrow());
    assertTrue(DateInterval.parse("fortnight").isEmpty());
  }
}
