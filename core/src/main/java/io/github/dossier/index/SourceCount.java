package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How many of a set of articles come from one source.
 *
 * @param source the source exactly as indexed, such as "CBC News"
 * @param articles how many of the articles come from it
 */
public record SourceCount(String source, long articles) {
  /** Checks that the source is not null and the count not negative. */
  public SourceCount {
    checkNotNull(source, "source");
    checkArgument(articles >= 0, "articles must be >= 0, got %s", articles);
  }
}
