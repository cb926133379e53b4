package io.github.dossier.analyzers.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A place name as an article writes it, with the sentence it stands in.
 *
 * @param text the name as written, such as "Paris", "U.S." or "Paris, Texas"
 * @param context the sentence (or any surrounding text) the name stands in; may be empty. The
 *     resolver reads the words next to the name ("Washington state", "Paris, Texas") and cue
 *     words of the sentence ("White House", "Congress")
 */
public record PlaceMention(String text, String context) {

  /** Checks that the text is not blank and the context not null. */
  public PlaceMention {
    checkNotNull(text, "text");
    checkNotNull(context, "context");
    checkArgument(!text.isBlank(), "place mention text must not be blank");
  }

  /** A mention without context. */
  public static PlaceMention of(String text) {
    return new PlaceMention(text, "");
  }
}
