package io.github.dossier.analyzers;

import io.github.dossier.EntityType;

/**
 * A mention found in one text before name resolution: its type, its character offsets
 * {@code [start, end)} into the text, the sentence and token range {@code [firstToken, endToken)}
 * it covers, and the name finder's probability (a mention added by document-level rules carries
 * the probability of the mention it copies).
 */
record Candidate(
    EntityType type, String text, int start, int end, int sentence, int firstToken, int endToken,
    double probability) {

  /** This candidate with another type. */
  Candidate withType(EntityType newType) {
    return new Candidate(newType, text, start, end, sentence, firstToken, endToken, probability);
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
