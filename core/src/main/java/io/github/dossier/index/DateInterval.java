package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The width of the buckets of a date histogram ({@link Facets#dates()}) or a {@link Timeline}.
 * All buckets are in UTC; weeks are ISO weeks (Monday to Sunday, numbered within their ISO
 * week-based year).
 */
public enum DateInterval {
  /** One calendar day in UTC; labelled {@code 2025-12-15}. */
  DAY,
  /** One ISO week, Monday 00:00 UTC to the next Monday; labelled {@code 2025-W51}. */
  WEEK,
  /** One calendar month in UTC; labelled {@code 2025-12}. */
  MONTH;

  private static final long MILLIS_PER_DAY = 86_400_000L;
  private static final DateTimeFormatter MONTH_LABEL =
      DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

  /** The first day of the bucket holding {@code day}. */
  LocalDate floor(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The first day of the bucket after the one starting on {@code start}. */
  LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }

  /**
   * A number identifying the bucket of an instant in epoch milliseconds; consecutive buckets have
   * consecutive numbers. Cheap: no date objects for days and weeks.
   */
  long bucketOf(long epochMillis) {
    long epochDay = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    return switch (this) {
      case DAY -> epochDay;
      // 1970-01-01 was a Thursday; shifting by 3 days makes weeks start on Monday
      case WEEK -> Math.floorDiv(epochDay + 3, 7);
      case MONTH -> {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        yield d.getYear() * 12L + d.getMonthValue() - 1;
      }
    };
  }

  /** The first day of the bucket {@link #bucketOf numbered} {@code bucket}. */
  LocalDate startOfBucket(long bucket) {
    return switch (this) {
      case DAY -> LocalDate.ofEpochDay(bucket);
      case WEEK -> LocalDate.ofEpochDay(bucket * 7 - 3);
      case MONTH -> LocalDate.of(Math.toIntExact(Math.floorDiv(bucket, 12)), Math.floorMod(bucket, 12) + 1, 1);
    };
  }

  /** The label of the bucket starting on {@code start}: {@code 2025-12-15}, {@code 2025-W51}, {@code 2025-12}. */
  String label(LocalDate start) {
    return switch (this) {
      case DAY -> start.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
          start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> start.format(MONTH_LABEL);
    };
  }

  static Instant startOfDay(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Parses {@code day}, {@code week} or {@code month}, ignoring case.
   *
   * @return empty if {@code name} is none of them
   */
  public static Optional<DateInterval> parse(String name) {
    checkNotNull(name, "interval name");
    for (DateInterval i : values()) {
      if (i.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
