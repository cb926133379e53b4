package io.github.dossier.analyzers.ner;

import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's token class ({@code FeatureGeneratorUtil.tokenFeature}: "ic", "lc", "2d", …) with the
 * answer remembered per distinct token string. OpenNLP works the class out with a dozen regular
 * expressions every time; a name finder asks for the classes of the same frequent words over and
 * over. The answers are kept in a {@link WordMemo} of {@link #MAX_WORDS} words per generation. Not
 * thread-safe.
 */
final class TokenClasses {

  /** The most distinct words remembered in one generation of the memo. */
  static final int MAX_WORDS = 8192;

  private final WordMemo<String> classes = new WordMemo<>(MAX_WORDS);

  /** The token class of {@code token}, as {@code FeatureGeneratorUtil.tokenFeature} gives it. */
  String of(String token) {
    String c = classes.get(token);
    if (c == null) {
      c = FeatureGeneratorUtil.tokenFeature(token);
      classes.put(token, c);
    }
    return c;
  }
}
