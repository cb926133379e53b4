package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dossier.EntityType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timelines over the five {@link Research} articles; every number is counted by hand. */
class TimelineTest extends ResearchIndexTest {


  private static List<String> points(TimelineSeries s) {
    return s.points().stream().map(p -> p.label() + "=" + p.articles() + "/" + p.mentions()).toList();
  }

  @Test
  void monthlyTimelineOfTwoPeopleIsZeroFilled() throws IOException {
    Timeline t = index.timeline(List.of(ALICE, CAROL), ArticleQuery.all(), DateInterval.MONTH, null, null);
    assertEquals(DateInterval.MONTH, t.interval());
    TimelineSeries alice = t.series().get(0);
    assertEquals(ALICE, alice.entity());
    assertEquals("Alice Adams", alice.name());
    // a1 (2 mentions) and a2 (2) in January, a4 (1) in March; a5 has no date
    assertEquals(List.of("2025-01=2/4", "2025-02=0/0", "2025-03=1/1"), points(alice));
    assertEquals(3, alice.articles());
    assertEquals(5, alice.mentions());
    TimelineSeries carol = t.series().get(1);
    assertEquals(List.of("2025-01=1/2", "2025-02=0/0", "2025-03=1/1"), points(carol));
    assertEquals(Instant.parse("2025-02-01T00:00:00Z"), carol.points().get(1).start());
  }

  @Test
  void aQueryRestrictsTheArticlesCounted() throws IOException {
    Timeline t = index.timeline(
        List.of(ALICE), ArticleQuery.parse("source:post"), DateInterval.MONTH, null, null);
    assertEquals(List.of("2025-03=1/1"), points(t.series().get(0)));
  }

  @Test
  void aRangeSetsTheBucketsAndWeeksFollowIso() throws IOException {
    Timeline t = index.timeline(List.of(ALICE), ArticleQuery.all(), DateInterval.WEEK,
        Instant.parse("2024-12-30T00:00:00Z"), Instant.parse("2025-01-19T23:59:59Z"));
    // Monday 30 December 2024 starts ISO week 1 of 2025
    assertEquals(List.of("2025-W01=0/0", "2025-W02=2/4", "2025-W03=0/0"), points(t.series().get(0)));
    assertEquals(2, t.series().get(0).articles());
  }

  @Test
  void anEntityNeverNamedHasAnEmptyOrZeroSeries() throws IOException {
    EntityId nobody = new EntityId(EntityType.PERSON, "nobody");
    Timeline open = index.timeline(List.of(nobody), ArticleQuery.all(), DateInterval.DAY, null, null);
    assertEquals("nobody", open.series().get(0).name());
    assertEquals(List.of(), open.series().get(0).points());
    Timeline bounded = index.timeline(List.of(nobody), ArticleQuery.all(), DateInterval.DAY,
        Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-02T00:00:00Z"));
    assertEquals(List.of("2025-01-01=0/0", "2025-01-02=0/0"), points(bounded.series().get(0)));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> index.timeline(List.of(), ArticleQuery.all(), DateInterval.DAY, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> index.timeline(List.of(ALICE), ArticleQuery.all(), DateInterval.DAY,
            Instant.parse("2025-02-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")));
  }
}
