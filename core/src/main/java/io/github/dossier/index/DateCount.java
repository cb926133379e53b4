package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One bucket of a date histogram: how many articles were published in {@code [start, end)}.
 *
 * @param label the bucket's name: {@code 2025-12-15} (day), {@code 2025-W51} (ISO week) or {@code
 *     2025-12} (month)
 * @param start the first instant of the bucket (00:00 UTC of its first day)
 * @param end the first instant after the bucket
 * @param articles how many of the counted articles were published in the bucket (0 for a gap)
 */
public record DateCount(String label, Instant start, Instant end, long articles) {
  /** Checks that no component is null, the bucket is not empty and the count not negative. */
  public DateCount {
    checkNotNull(label, "label");
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(end.isAfter(start), "bucket %s ends (%s) before it starts (%s)", label, end, start);
    checkArgument(articles >= 0, "articles must be >= 0, got %s", articles);
  }
}
