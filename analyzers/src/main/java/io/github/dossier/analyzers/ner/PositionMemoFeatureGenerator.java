package io.github.dossier.analyzers.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Remembers the features another generator produced for each token of the current sentence.
 *
 * <p>OpenNLP's window generator asks its inner generator for the features of every token once for
 * each window position that covers it: five times per token for a ±2 window, each time lower-casing
 * and classifying the token again. Wrapped in this memo, the inner generator runs once per token and
 * sentence. Only correct for inner generators whose features depend on the tokens and the position
 * alone (not on previous outcomes or document state): {@link FeatureDescriptors} wraps only those.
 * The sentence is recognised by array identity, as in OpenNLP's own cache; not thread-safe.
 */
final class PositionMemoFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final String[] NONE = new String[0];

  private final AdaptiveFeatureGenerator inner;
  private final List<String> buffer = new ArrayList<>();
  private String[] sentence;
  private String[][] memo = new String[64][];

  PositionMemoFeatureGenerator(AdaptiveFeatureGenerator inner) {
    this.inner = inner;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      if (memo.length < tokens.length) {
        memo = new String[Math.max(tokens.length, 2 * memo.length)][];
      } else {
        Arrays.fill(memo, 0, tokens.length, null);
      }
      sentence = tokens;
    }
    String[] known = memo[index];
    if (known == null) {
      buffer.clear();
      inner.createFeatures(buffer, tokens, index, previousOutcomes);
      known = buffer.isEmpty() ? NONE : buffer.toArray(NONE);
      memo[index] = known;
    }
    for (String f : known) {
      features.add(f);
    }
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
