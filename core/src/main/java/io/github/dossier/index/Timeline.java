package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Mentions of one or more entities over time, as returned by {@link ArticleIndex#timeline}. Every
 * series has the same buckets: consecutive {@link DateInterval intervals} in UTC from the first to
 * the last, including those where nothing was published (zero-filled). Articles without a date
 * are not counted.
 *
 * @param interval the width of the buckets
 * @param series one series per requested entity, in the order requested
 */
public record Timeline(DateInterval interval, List<TimelineSeries> series) {
  /** Checks that no component is null and copies the series to an immutable list. */
  public Timeline {
    checkNotNull(interval, "interval");
    series = ImmutableList.copyOf(series);
  }
}
