package io.github.dossier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One place in a text where an entity is named.
 *
 * <p>{@code text} is the name exactly as written, without titles or possessive endings: in
 * "Ukrainian President Volodymyr Zelenskyy’s office" the mention is "Volodymyr Zelenskyy". {@code
 * start} and {@code end} are character offsets {@code [start, end)} into the stored body, so
 * {@code body.substring(start, end).equals(text)}. {@code sentence} is the index of the sentence
 * the mention stands in.
 */
public record Mention(String text, int start, int end, int sentence) {
  public Mention {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "mention text must not be blank");
    checkArgument(start >= 0, "mention start must be >= 0, got %s", start);
    checkArgument(end > start, "mention end %s must be after its start %s", end, start);
    checkArgument(
        end - start == text.length(),
        "mention \"%s\" has %s characters but its offsets [%s, %s) span %s",
        text, text.length(), start, end, end - start);
    checkArgument(sentence >= 0, "sentence index must be >= 0, got %s", sentence);
  }
}
