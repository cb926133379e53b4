package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a paged search ({@link ArticleIndex#searchPage}).
 *
 * @param total how many live articles match the query (exact)
 * @param hits the hits of this page, in the requested order
 * @param next the cursor of the following page; empty on the last page
 */
public record SearchPage(long total, List<Hit> hits, Optional<String> next) {
  /** Checks the total and copies the hits to an immutable list. */
  public SearchPage {
    checkArgument(total >= 0, "total must be >= 0, got %s", total);
    hits = ImmutableList.copyOf(hits);
    checkNotNull(next, "next");
  }
}
