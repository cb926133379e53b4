package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@link ArticleIndex#facets} counts: how many top entities per type and top sources, and the
 * date histogram's interval and range.
 *
 * <pre>{@code
 * FacetOptions options = FacetOptions.builder()
 *     .entities(20).sources(5)
 *     .interval(DateInterval.WEEK)
 *     .between(Instant.parse("2025-12-01T00:00:00Z"), null)
 *     .build();
 * }</pre>
 *
 * <p>The range only bounds the histogram: its buckets run from the bucket holding {@code from}
 * to the bucket holding {@code to} (zero-filled), and articles outside them are not counted in
 * it. Without a bound, the histogram starts (ends) at the bucket of the earliest (latest) matching
 * article. To restrict all counts to a period, put {@code date:[... TO ...]} in the query.
 *
 * @param entities how many entities of each type to return (0 for none)
 * @param sources how many sources to return (0 for none)
 * @param interval the width of the date buckets
 * @param from the first instant the histogram covers, if bounded
 * @param to the last instant the histogram covers (inclusive), if bounded
 */
public record FacetOptions(
    int entities, int sources, DateInterval interval, Optional<Instant> from, Optional<Instant> to) {

  /** The defaults: 10 entities per type, 10 sources, monthly buckets, no range. */
  public static final FacetOptions DEFAULTS = builder().build();

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException if a count is negative or {@code to} is before {@code from}
   */
  public FacetOptions {
    checkArgument(entities >= 0, "entities must be >= 0, got %s", entities);
    checkArgument(sources >= 0, "sources must be >= 0, got %s", sources);
    checkNotNull(interval, "interval");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    if (from.isPresent() && to.isPresent()) {
      checkArgument(!to.get().isBefore(from.get()),
          "date range ends (%s) before it starts (%s)", to.get(), from.get());
    }
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FacetOptions}; every setter returns the builder. */
  public static final class Builder {
    private int entities = 10;
    private int sources = 10;
    private DateInterval interval = DateInterval.MONTH;
    private Instant from;
    private Instant to;

    private Builder() {}

    /** How many entities of each type to return (default 10). */
    public Builder entities(int n) {
      this.entities = n;
      return this;
    }

    /** How many sources to return (default 10). */
    public Builder sources(int n) {
      this.sources = n;
      return this;
    }

    /** The width of the date buckets (default {@link DateInterval#MONTH}). */
    public Builder interval(DateInterval interval) {
      this.interval = interval;
      return this;
    }

    /** Bounds the histogram to {@code [from, to]}; either may be null for an open end. */
    public Builder between(Instant from, Instant to) {
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws IllegalArgumentException if a count is negative or the range is reversed
     */
    public FacetOptions build() {
      return new FacetOptions(
          entities, sources, interval, Optional.ofNullable(from), Optional.ofNullable(to));
    }
  }
}
