package io.github.dossier.analyzers;

import io.github.dossier.EntityType;

/**
 * A mention found in one text before name resolution: its type, its character offsets
 * {@code [start, end)} into the text, the sentence and token range it covers, and the name
 * finder's probability (1 for a mention added by document-level consistency, which carries the
 * probability of the mention it copies).
 */
record Candidate(
    EntityType type, String text, int start, int end, int sentence, int firstToken, int endToken,
    double probability, boolean fromModel) {

  /** This candidate with another type. */
  Candidate withType(EntityType newType) {
    return new Candidate(newType, text, start, end, sentence, firstToken, endToken, probability, fromModel);
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
