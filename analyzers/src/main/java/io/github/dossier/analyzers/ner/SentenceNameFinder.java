package io.github.dossier.analyzers.ner;

import opennlp.tools.util.Span;

/**
 * Anything that finds PER/LOC/ORG names in already tokenized sentences, one sentence at a time:
 * Dossier's own {@link NameFinder}, or another system wrapped so that {@link NerEvaluator} can score
 * it on exactly the same gold tokens.
 *
 * <p>An implementation may keep document state (earlier sentences informing later ones); callers
 * call {@link #clear()} at every document start and pass that document's sentences in order.
 * Implementations need not be thread-safe: use one per thread.
 */
public interface SentenceNameFinder {

  /**
   * Tags one sentence.
   *
   * @param tokens the sentence's tokens, not re-tokenized by the implementation; a new array for
   *     every sentence
   * @return the names found, as token spans (end exclusive) whose {@code getType()} is {@code PER},
   *     {@code LOC} or {@code ORG}; an empty array when there is none
   */
  Span[] find(String[] tokens);

  /**
   * Forgets the document state, if the implementation keeps any; called at the start of each
   * document (and before each sentence when sentences are tagged alone).
   */
  void clear();
}
