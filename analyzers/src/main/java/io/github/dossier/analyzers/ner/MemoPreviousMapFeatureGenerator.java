package io.github.dossier.analyzers.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's {@code PreviousMapFeatureGenerator} (OpenNLP 2.5) with its feature strings made once
 * per outcome instead of once per token: the same feature, {@code pd=} and the outcome the token
 * last had in the document ({@code pd=null} if none), and the same adaptive data. The strings being
 * the same instances every time lets the decoder find their weights in its table of recently found
 * features ({@link FeatureWeights.Lookup}). Not thread-safe. {@link FeatureDescriptors} puts it in
 * place of OpenNLP's for Dossier's decoder.
 */
final class MemoPreviousMapFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final String NONE = "pd=null";

  /** Token to the outcome it had when last tagged in the document. */
  private final Map<String, String> previous = new HashMap<>();
  /** Outcome to its feature; outcomes are the few of the model. */
  private final Map<String, String> features = new HashMap<>();

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    String outcome = previous.get(tokens[index]);
    out.add(outcome == null ? NONE : features.computeIfAbsent(outcome, o -> "pd=" + o));
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    for (int i = 0; i < tokens.length; i++) {
      previous.put(tokens[i], outcomes[i]);
    }
  }

  @Override
  public void clearAdaptiveData() {
    previous.clear();
  }
}
