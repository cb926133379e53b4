package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The result of a search: the exact number of matching articles and the best of them, best first.
 *
 * @param total how many live articles match the query (exact, not an estimate)
 * @param hits the best matching articles, at most the requested limit, best first
 */
public record SearchResults(long total, List<Hit> hits) {
  /** Checks that {@code total} is not negative and copies the hits to an immutable list. */
  public SearchResults {
    checkArgument(total >= 0, "total must be >= 0, got %s", total);
    hits = ImmutableList.copyOf(hits);
  }
}
