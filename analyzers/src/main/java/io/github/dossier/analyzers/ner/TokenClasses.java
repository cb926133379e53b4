package io.github.dossier.analyzers.ner;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's token class ({@code FeatureGeneratorUtil.tokenFeature}: "ic", "lc", "2d", …) with the
 * answer remembered per distinct token string. OpenNLP works the class out with a dozen regular
 * expressions every time; a name finder asks for the classes of the same frequent words over and
 * over. At most {@link #MAX_WORDS} words are kept; the memo starts over when it is full. Not
 * thread-safe.
 */
final class TokenClasses {

  /** The most distinct words remembered at once. */
  static final int MAX_WORDS = 8192;

  private final Map<String, String> classes = new HashMap<>();

  /** The token class of {@code token}, as {@code FeatureGeneratorUtil.tokenFeature} gives it. */
  String of(String token) {
    String c = classes.get(token);
    if (c == null) {
      c = FeatureGeneratorUtil.tokenFeature(token);
      if (classes.size() >= MAX_WORDS) {
        classes.clear();
      }
      classes.put(token, c);
    }
    return c;
  }
}
