package io.github.dossier.index;

/**
 * The association scores of a 2×2 contingency table of units (articles or sentences): {@code n}
 * units, {@code a} with the first entity, {@code b} with the second, {@code k} with both. See
 * {@link Association} for the definitions.
 */
final class AssociationScores {
  private AssociationScores() {}

  /** Pointwise mutual information {@code log2(k n / (a b))}; negative infinity when k is 0. */
  static double pmi(long k, long a, long b, long n) {
    if (k == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return Math.log((double) k * n / ((double) a * b)) / Math.log(2);
  }

  /**
   * Dunning's log-likelihood ratio G² = 2 Σ O ln(O / E) over the four cells, signed: negative
   * when the entities co-occur less often than expected ({@code k < a b / n}).
   */
  static double logLikelihood(long k, long a, long b, long n) {
    if (n == 0) {
      return 0;
    }
    double o11 = k;
    double o12 = a - k;
    double o21 = b - k;
    double o22 = n - a - b + k;
    double e11 = (double) a * b / n;
    double e12 = (double) a * (n - b) / n;
    double e21 = (double) (n - a) * b / n;
    double e22 = (double) (n - a) * (n - b) / n;
    double g2 = 2 * (term(o11, e11) + term(o12, e12) + term(o21, e21) + term(o22, e22));
    g2 = Math.max(0, g2); // rounding can make a perfect fit slightly negative
    return o11 < e11 ? -g2 : g2;
  }

  private static double term(double observed, double expected) {
    return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
  }
}
