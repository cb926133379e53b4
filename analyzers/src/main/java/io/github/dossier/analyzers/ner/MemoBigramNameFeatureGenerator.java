package io.github.dossier.analyzers.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's {@code BigramNameFeatureGenerator} (OpenNLP 2.5) with each token's class computed once
 * per distinct word ({@link TokenClasses}) instead of three times per sentence: the same features ({@code pw,w=}, {@code pwc,wc=}, {@code
 * w,nw=}, {@code wc,nc=}) in the same order. The sentence is recognised by array identity; not
 * thread-safe. {@link FeatureDescriptors} puts it in place of OpenNLP's for Dossier's decoder.
 */
final class MemoBigramNameFeatureGenerator implements AdaptiveFeatureGenerator {

  private final TokenClasses tokenClasses = new TokenClasses();
  /** The {@code pwc,wc=} and {@code wc,nc=} strings of the few token-class pairs, made once each. */
  private final PairFeatures classPairs = new PairFeatures("pwc,wc=", "wc,nc=");
  private String[] sentence;
  private String[] classes = new String[64];

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      if (classes.length < tokens.length) {
        classes = new String[Math.max(tokens.length, 2 * classes.length)];
      }
      for (int i = 0; i < tokens.length; i++) {
        classes[i] = tokenClasses.of(tokens[i]);
      }
      sentence = tokens;
    }
    String wc = classes[index];
    if (index > 0) {
      features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
      features.add(classPairs.left(classes[index - 1], wc));
    }
    if (index + 1 < tokens.length) {
      features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
      features.add(classPairs.right(wc, classes[index + 1]));
    }
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    sentence = null;
  }

  @Override
  public void clearAdaptiveData() {
    sentence = null;
  }
}
