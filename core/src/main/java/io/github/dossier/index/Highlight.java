package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A mention of an entity within a {@link MentionInContext#sentence() sentence}, as character
 * offsets {@code [start, end)} into the sentence text (add {@link MentionInContext#sentenceStart()}
 * for offsets into the article body).
 *
 * @param entity the entity mentioned
 * @param text the mention exactly as written
 * @param start the offset of its first character in the sentence
 * @param end the offset after its last character in the sentence
 */
public record Highlight(EntityId entity, String text, int start, int end) {
  /** Checks that no component is null and the offsets fit the text. */
  public Highlight {
    checkNotNull(entity, "entity");
    checkNotNull(text, "text");
    checkArgument(start >= 0 && end - start == text.length(),
        "highlight \"%s\" does not fit offsets [%s, %s)", text, start, end);
  }
}
