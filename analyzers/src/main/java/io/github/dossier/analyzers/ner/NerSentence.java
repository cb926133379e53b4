package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * One sentence of an NER corpus: its tokens and one IOB2 tag per token.
 *
 * <p>Tags are always valid IOB2 over the types {@code PER}, {@code LOC} and {@code ORG}: the corpus
 * readers map other types to {@code O} and repair stray {@code I-} tags (see {@link #repaired}).
 *
 * @param tokens the tokens, never empty
 * @param tags one tag per token: {@code O}, {@code B-TYPE} or {@code I-TYPE}
 */
public record NerSentence(List<String> tokens, List<String> tags) {

  /** Validates and copies the lists; throws if their sizes differ or the sentence is empty. */
  public NerSentence {
    tokens = ImmutableList.copyOf(tokens);
    tags = ImmutableList.copyOf(tags);
    checkArgument(!tokens.isEmpty(), "a sentence needs at least one token");
    checkArgument(
        tokens.size() == tags.size(),
        "a sentence needs one tag per token, got %s tokens and %s tags",
        tokens.size(),
        tags.size());
  }

  /**
   * Creates a sentence from raw tags, keeping only {@code PER}, {@code LOC} and {@code ORG} (every
   * other type becomes {@code O}) and repairing the result to valid IOB2 (an {@code I-X} that does
   * not continue an entity of type X becomes {@code B-X}).
   */
  public static NerSentence repaired(List<String> tokens, List<String> rawTags) {
    return new NerSentence(tokens, Iob2.repair(rawTags));
  }

  /** The tokens as an array, as OpenNLP expects them. */
  public String[] tokenArray() {
    return tokens.toArray(new String[0]);
  }

  /** The gold entities as OpenNLP spans (token offsets, end exclusive, type = PER/LOC/ORG). */
  public Span[] spans() {
    return Iob2.toSpans(tags);
  }

  /** The number of tokens. */
  public int size() {
    return tokens.size();
  }
}
