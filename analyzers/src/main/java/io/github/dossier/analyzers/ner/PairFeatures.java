package io.github.dossier.analyzers.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * The two feature strings that a feature generator makes from a pair of values of a small set
 * (token classes, word shapes), made once per pair: {@code leftPrefix + first + "," + second} and
 * {@code rightPrefix + first + "," + second}, such as {@code pwc,wc=ic,lc} and {@code wc,nc=ic,lc}.
 * At most {@value #MAX_FIRST} first values are kept; the memo starts over beyond that (the sets
 * are small, so it does not in practice). Not thread-safe.
 */
final class PairFeatures {

  private static final int MAX_FIRST = 4096;

  private final String leftPrefix;
  private final String rightPrefix;
  private final Map<String, Map<String, String[]>> pairs = new HashMap<>();

  /** Pairs whose two features start with {@code leftPrefix} and {@code rightPrefix}. */
  PairFeatures(String leftPrefix, String rightPrefix) {
    this.leftPrefix = leftPrefix;
    this.rightPrefix = rightPrefix;
  }

  /** The left-prefixed feature of the pair ({@code first}, {@code second}). */
  String left(String first, String second) {
    return pair(first, second)[0];
  }

  /** The right-prefixed feature of the pair ({@code first}, {@code second}). */
  String right(String first, String second) {
    return pair(first, second)[1];
  }

  private String[] pair(String first, String second) {
    Map<String, String[]> row = pairs.get(first);
    if (row == null) {
      if (pairs.size() >= MAX_FIRST) {
        pairs.clear();
      }
      row = new HashMap<>();
      pairs.put(first, row);
    }
    String[] pair = row.get(second);
    if (pair == null) {
      String both = first + "," + second;
      pair = new String[] {leftPrefix + both, rightPrefix + both};
      row.put(second, pair);
    }
    return pair;
  }
}
