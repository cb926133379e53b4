package io.github.dossier.index;

/**
 * Thrown when a query string is not valid in Dossier's query language.
 *
 * <p>The message says what is wrong and where, for example {@code "unbalanced quote at position
 * 7"} or {@code "unknown field 'persn' at position 0; known fields: person, place, org, entity,
 * source, title, date"}. Positions are 0-based character offsets into {@link #query()}.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  /** The query string that could not be parsed. */
  private final String query;
  /** The 0-based character offset of the problem in {@link #query}. */
  private final int position;

  QuerySyntaxException(String message, String query, int position) {
    super(message);
    this.query = query;
    this.position = position;
  }

  /** The 0-based character offset in {@link #query()} where the problem is. */
  public int position() {
    return position;
  }

  /** The query string that could not be parsed. */
  public String query() {
    return query;
  }
}
