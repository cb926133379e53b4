package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A run of consecutive date buckets of one {@link DateInterval}, from the bucket of a first
 * instant to the bucket of a last one, both included.
 */
final class DateBuckets {
  /** The most buckets a histogram or timeline may have (about 270 years of days). */
  static final int MAX_BUCKETS = 100_000;

  final DateInterval interval;
  private final long first;
  private final int size;

  private DateBuckets(DateInterval interval, long first, int size) {
    this.interval = interval;
    this.first = first;
    this.size = size;
  }

  /**
   * The buckets from {@code from} (else the bucket of {@code minMillis}) to {@code to} (else the
   * bucket of {@code maxMillis}); empty if neither bound nor data ({@code minMillis > maxMillis}).
   *
   * @throws IllegalArgumentException if that would be more than {@link #MAX_BUCKETS} buckets
   */
  static DateBuckets of(
      DateInterval interval, Optional<Instant> from, Optional<Instant> to, long minMillis, long maxMillis) {
    boolean data = minMillis <= maxMillis;
    if (!data && (from.isEmpty() || to.isEmpty())) {
      if (from.isEmpty() && to.isEmpty()) {
        return new DateBuckets(interval, 0, 0);
      }
      Instant only = from.orElseGet(to::get);
      minMillis = only.toEpochMilli();
      maxMillis = minMillis;
    }
    long first = interval.bucketOf(from.map(Instant::toEpochMilli).orElse(minMillis));
    long last = interval.bucketOf(to.map(Instant::toEpochMilli).orElse(maxMillis));
    if (last < first) {
      return new DateBuckets(interval, first, 0);
    }
    long size = last - first + 1;
    checkArgument(size <= MAX_BUCKETS,
        "a %s histogram from %s to %s would have %s buckets; at most %s are allowed: choose a "
            + "wider interval or a shorter range",
        interval.name().toLowerCase(java.util.Locale.ROOT),
        interval.startOfBucket(first), interval.startOfBucket(last), size, MAX_BUCKETS);
    return new DateBuckets(interval, first, (int) size);
  }

  int size() {
    return size;
  }

  /** The index of the bucket holding {@code millis}, or -1 if it is outside these buckets. */
  int indexOf(long millis) {
    long i = interval.bucketOf(millis) - first;
    return i < 0 || i >= size ? -1 : (int) i;
  }

  LocalDate startDay(int index) {
    return interval.startOfBucket(first + index);
  }

  Instant start(int index) {
    return DateInterval.startOfDay(startDay(index));
  }

  Instant end(int index) {
    return DateInterval.startOfDay(interval.next(startDay(index)));
  }

  String label(int index) {
    return interval.label(startDay(index));
  }

  DateCount count(int index, long articles) {
    return new DateCount(label(index), start(index), end(index), articles);
  }
}
