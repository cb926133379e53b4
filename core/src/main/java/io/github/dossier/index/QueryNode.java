package io.github.dossier.index;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The syntax tree of a parsed query-language expression; see {@link QueryParser}. */
sealed interface QueryNode {

  /** All children must match. */
  record And(List<QueryNode> children) implements QueryNode {
    public And {
      children = ImmutableList.copyOf(children);
    }
  }

  /** At least one child must match. */
  record Or(List<QueryNode> children) implements QueryNode {
    public Or {
      children = ImmutableList.copyOf(children);
    }
  }

  /** The child must not match. */
  record Not(QueryNode child) implements QueryNode {}

  /**
   * A word or a quoted phrase, in {@code field} ({@link QueryField#TEXT} for free text over title
   * and body). {@code position} is where it starts in the query.
   */
  record Term(QueryField field, String text, boolean quoted, int position) implements QueryNode {}

  /** Publication between two instants in epoch milliseconds, both inclusive. */
  record DateRange(long fromMillis, long toMillis) implements QueryNode {}

  /** A resolved place of the article lies inside the circle ({@code near:(lat,lon,km)}). */
  record Near(GeoCircle circle) implements QueryNode {}

  /** A resolved place of the article lies inside the box ({@code box:(lat,lon,lat,lon)}). */
  record InBox(GeoBox box) implements QueryNode {}
}
