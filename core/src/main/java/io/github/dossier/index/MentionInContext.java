package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One sentence of an article that mentions the requested entity (or both requested entities), with
 * the mentions to highlight.
 *
 * @param articleId the article's id
 * @param title the article's title, possibly empty
 * @param published the article's publication instant, if known
 * @param source the article's source, if known
 * @param sentenceIndex the sentence's number in the article (0 for the first)
 * @param sentenceStart the offset of the sentence in the article body
 * @param sentence the sentence text
 * @param highlights the mentions of the requested entities in the sentence, in text order, with
 *     offsets into {@code sentence}
 */
public record MentionInContext(
    String articleId,
    String title,
    Optional<Instant> published,
    Optional<String> source,
    int sentenceIndex,
    int sentenceStart,
    String sentence,
    List<Highlight> highlights) {

  /** Checks that no component is null and that every highlight lies within the sentence. */
  public MentionInContext {
    checkNotNull(articleId, "articleId");
    checkNotNull(title, "title");
    checkNotNull(published, "published");
    checkNotNull(source, "source");
    checkNotNull(sentence, "sentence");
    checkArgument(sentenceIndex >= 0, "sentenceIndex must be >= 0, got %s", sentenceIndex);
    checkArgument(sentenceStart >= 0, "sentenceStart must be >= 0, got %s", sentenceStart);
    highlights = ImmutableList.copyOf(highlights);
    for (Highlight h : highlights) {
      checkArgument(h.end() <= sentence.length(),
          "highlight \"%s\" [%s, %s) is outside the sentence of %s characters",
          h.text(), h.start(), h.end(), sentence.length());
    }
  }

  /**
   * The sentence with each highlight wrapped in {@code open} and {@code close}: {@code
   * highlighted("«", "»")} gives {@code "«Merz» met «Zelenskyy» in Berlin."}.
   */
  public String highlighted(String open, String close) {
    checkNotNull(open, "open");
    checkNotNull(close, "close");
    StringBuilder b = new StringBuilder(sentence.length() + highlights.size() * 4);
    int at = 0;
    for (Highlight h : highlights) {
      if (h.start() < at) {
        continue; // overlapping mentions: keep the first
      }
      b.append(sentence, at, h.start()).append(open).append(h.text()).append(close);
      at = h.end();
    }
    return b.append(sentence, at, sentence.length()).toString();
  }
}
