package io.github.dossier;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A sentence of an article's body, as character offsets {@code [start, end)} into the stored body.
 *
 * <p>Sentences are numbered by their position in {@link TaggedText#sentences()}; a {@link
 * Mention} names the sentence it stands in by that number.
 */
public record Sentence(int start, int end) {
  public Sentence {
    checkArgument(start >= 0, "sentence start must be >= 0, got %s", start);
    checkArgument(end >= start, "sentence end %s is before its start %s", end, start);
  }

  /** The text of this sentence within {@code body}. */
  public String textIn(String body) {
    return body.substring(start, end);
  }
}
