package io.github.dossier.analyzers.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's {@code WindowFeatureGenerator} around a token-local generator (one whose features at a
 * position depend on the token there and nothing else), generating the same features in the same
 * order: the inner generator's features of the token, then those of each previous token within the
 * window prefixed {@code p1}, {@code p2}, …, then those of each next token prefixed {@code n1},
 * {@code n2}, ….
 *
 * <p>OpenNLP's window asks the inner generator for every token five times for a ±2 window (once per
 * window position covering it) and builds every prefixed string anew. Here the inner features of a
 * word and their prefixed forms are made once and kept per distinct token string, so a frequent word
 * ("the", "said", "President") costs one map look-up per sentence position and no new strings. At
 * most {@link #MAX_WORDS} words a generation are kept ({@link WordMemo}), so the frequent words stay
 * whatever the vocabulary. Not thread-safe; OpenNLP creates one instance per name finder.
 * {@link FeatureDescriptors} puts it in place of windows whose only inner generator is token-local.
 */
final class TokenWindowFeatureGenerator implements AdaptiveFeatureGenerator {

  /** The most distinct words remembered in one generation of the memo. */
  static final int MAX_WORDS = 8192;

  private static final String[] NONE = new String[0];

  /** The features of one word: its own, then prefixed for each previous and next window position. */
  private record Word(String[] own, String[][] previous, String[][] next) {}

  private final AdaptiveFeatureGenerator inner;
  private final int previousLength;
  private final int nextLength;
  private final WordMemo<Word> words = new WordMemo<>(MAX_WORDS);
  private final List<String> buffer = new ArrayList<>();
  /** The current sentence (by identity) and the words of its positions looked up so far. */
  private String[] sentence;
  private Word[] positions = new Word[64];

  TokenWindowFeatureGenerator(AdaptiveFeatureGenerator inner, int previousLength, int nextLength) {
    this.inner = inner;
    this.previousLength = previousLength;
    this.nextLength = nextLength;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      if (positions.length < tokens.length) {
        positions = new Word[Math.max(tokens.length, 2 * positions.length)];
      } else {
        Arrays.fill(positions, 0, tokens.length, null);
      }
      sentence = tokens;
    }
    addAll(features, word(tokens, index, previousOutcomes).own);
    for (int i = 1; i <= previousLength && index - i >= 0; i++) {
      addAll(features, word(tokens, index - i, previousOutcomes).previous[i - 1]);
    }
    for (int i = 1; i <= nextLength && index + i < tokens.length; i++) {
      addAll(features, word(tokens, index + i, previousOutcomes).next[i - 1]);
    }
  }

  private static void addAll(List<String> features, String[] add) {
    for (String f : add) {
      features.add(f);
    }
  }

  private Word word(String[] tokens, int position, String[] previousOutcomes) {
    Word word = positions[position];
    if (word == null) {
      word = words.get(tokens[position]);
      if (word == null) {
        word = analyse(tokens, position, previousOutcomes);
        words.put(tokens[position], word);
      }
      positions[position] = word;
    }
    return word;
  }

  private Word analyse(String[] tokens, int position, String[] previousOutcomes) {
    buffer.clear();
    inner.createFeatures(buffer, tokens, position, previousOutcomes);
    String[] own = buffer.isEmpty() ? NONE : buffer.toArray(NONE);
    return new Word(own, prefixed(own, 'p', previousLength), prefixed(own, 'n', nextLength));
  }

  /** {@code own} prefixed as OpenNLP's window does: {@code p1…}, {@code p2…} or {@code n1…}, …. */
  private static String[][] prefixed(String[] own, char side, int length) {
    String[][] out = new String[length][];
    for (int i = 1; i <= length; i++) {
      String[] at = new String[own.length];
      for (int k = 0; k < own.length; k++) {
        at[k] = side + Integer.toString(i) + own[k];
      }
      out[i - 1] = at;
    }
    return out;
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    sentence = null;
    inner.updateAdaptiveData(tokens, outcomes);
  }

  @Override
  public void clearAdaptiveData() {
    sentence = null;
    inner.clearAdaptiveData();
  }
}
