package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Precision, recall and F1 from counts of matches. For mentions ({@link SpanScorer}) they are exact
 * spans, CoNLL style: a predicted entity counts only if its start, end and type all equal a gold
 * entity's; at document level ({@link EntitySetScorer}) they are distinct (type, name) pairs per
 * document.
 *
 * @param truePositives predicted entities that match a gold entity exactly
 * @param falsePositives predicted entities that match none
 * @param falseNegatives gold entities that no prediction matches
 */
public record Score(long truePositives, long falsePositives, long falseNegatives) {

  /** Checks that the counts are not negative. */
  public Score {
    checkArgument(truePositives >= 0 && falsePositives >= 0 && falseNegatives >= 0,
        "counts must not be negative: tp=%s fp=%s fn=%s", truePositives, falsePositives, falseNegatives);
  }

  /** tp / (tp + fp); 0 when nothing was predicted. */
  public double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  /** tp / (tp + fn); 0 when there is no gold entity. */
  public double recall() {
    long gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The number of gold entities. */
  public long gold() {
    return truePositives + falseNegatives;
  }

  /** The number of predicted entities. */
  public long predicted() {
    return truePositives + falsePositives;
  }

  /** The sum of two scores' counts. */
  public Score plus(Score other) {
    return new Score(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }
}
