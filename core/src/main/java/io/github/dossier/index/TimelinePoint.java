package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One bucket of a {@link TimelineSeries}: how many articles published in {@code [start, end)}
 * name the entity, and how many times in all.
 *
 * @param label the bucket's name: {@code 2025-12-15} (day), {@code 2025-W51} (ISO week) or {@code
 *     2025-12} (month)
 * @param start the first instant of the bucket (00:00 UTC of its first day)
 * @param end the first instant after the bucket
 * @param articles how many articles of the bucket name the entity (0 for a gap)
 * @param mentions how many times in all those articles name it
 */
public record TimelinePoint(String label, Instant start, Instant end, long articles, long mentions) {
  /** Checks that no component is null and the counts are consistent. */
  public TimelinePoint {
    checkNotNull(label, "label");
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(articles >= 0, "articles must be >= 0, got %s", articles);
    checkArgument(mentions >= articles, "mentions (%s) must be >= articles (%s)", mentions, articles);
  }
}
