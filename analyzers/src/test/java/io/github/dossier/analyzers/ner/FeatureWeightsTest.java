package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** {@link FeatureWeights}: OpenNLP's feature weights in a compact table. */
class FeatureWeightsTest {

  private static Context context(int[] outcomes, double... weights) {
    return new Context(outcomes, weights);
  }

  private static double[] sum(FeatureWeights table, String... features) {
    double[] sums = new double[table.outcomeCount()];
    for (String f : features) {
      table.addTo(sums, table.find(f));
    }
    return sums;
  }

  @Test
  void findsEveryFeatureWithItsWeightsAndNothingElse() {
    Map<String, Context> parameters = new LinkedHashMap<>();
    parameters.put("w=paris", context(new int[] {2, 0}, 1.5, -0.25));
    // "Aa" and "BB" have the same String.hashCode(): both must still be told apart.
    parameters.put("Aa", context(new int[] {1}, 3.0));
    parameters.put("BB", context(new int[] {1}, -7.0));
    parameters.put("w&c=zürich’s,lc", context(new int[] {0, 1, 2}, 0.5, 0.5, 0.5));
    parameters.put("", context(new int[] {2}, 9.0));
    FeatureWeights table = FeatureWeights.of(parameters, 3);

    assertEquals(5, table.size());
    assertArrayEquals(new double[] {-0.25, 0, 1.5}, sum(table, "w=paris"));
    assertArrayEquals(new double[] {0, 3.0, 0}, sum(table, "Aa"));
    assertArrayEquals(new double[] {0, -7.0, 0}, sum(table, "BB"));
    assertArrayEquals(new double[] {0.5, 0.5, 0.5}, sum(table, "w&c=zürich’s,lc"));
    assertArrayEquals(new double[] {0, 0, 9.0}, sum(table, ""));
    assertEquals(-1, table.find("w=pari"));
    assertEquals(-1, table.find("w=paris "));
    assertEquals(-1, table.find("Ab"));
    assertArrayEquals(new double[] {-0.25, -4.0, 1.5}, sum(table, "w=paris", "unknown", "Aa", "BB"));
  }

  @Test
  void batchLookUpFindsWhatSingleLookUpsFind() {
    Map<String, Context> parameters = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      parameters.put("f=" + i, context(new int[] {i % 4}, i));
    }
    FeatureWeights table = FeatureWeights.of(parameters, 4);
    String[] features = {"f=1", "g=1", "f=999", "Aa", "f=1", "f=1000", "f=0"};
    int[] handles = new int[features.length];

    table.newLookup().findAll(features, features.length, handles);

    for (int i = 0; i < features.length; i++) {
      assertEquals(table.find(features[i]), handles[i], features[i]);
    }
    assertEquals(-1, handles[1]);
    assertEquals(-1, handles[5]);
  }

  @Test
  void repeatedLookUpsOfTheSameOrEqualStringsKeepFindingTheTablesHandles() {
    Map<String, Context> parameters = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      parameters.put("w=" + i, context(new int[] {i % 3}, i));
    }
    FeatureWeights table = FeatureWeights.of(parameters, 3);
    FeatureWeights.Lookup lookup = table.newLookup();
    // More distinct strings than the table of recent features holds, so entries are replaced,
    // looked up in batches again and again: as the same instances, and as equal new instances.
    int n = FeatureWeights.Lookup.RECENT + 5000;
    String[] features = new String[n];
    for (int i = 0; i < n; i++) {
      features[i] = "w=" + (i % 1500);
    }
    int[] handles = new int[64];
    for (int round = 0; round < 3; round++) {
      for (int from = 0; from < n; from += 64) {
        int count = Math.min(64, n - from);
        String[] batch = java.util.Arrays.copyOfRange(features, from, from + count);
        if (round == 2) {
          for (int k = 0; k < count; k++) {
            batch[k] = new String(batch[k].toCharArray());
          }
        }
        lookup.findAll(batch, count, handles);
        for (int k = 0; k < count; k++) {
          int i = (from + k) % 1500;
          assertEquals(i < 1000 ? table.find(batch[k]) : -1, handles[k], batch[k]);
        }
      }
    }
    assertTrue(table.find("w=999") >= 0);
  }

  @Test
  void rejectsWeightsThatCannotBeStoredAsOneRow() {
    Map<String, Context> repeated = Map.of("f", context(new int[] {1, 1}, 1.0, 2.0));
    Map<String, Context> outOfRange = Map.of("f", context(new int[] {3}, 1.0));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureWeights.of(repeated, 2));
    assertTrue(e.getMessage().contains("repeats outcome 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> FeatureWeights.of(outOfRange, 2));
    assertTrue(e.getMessage().contains("outcome 3 of 2"), e.getMessage());
  }

  @Test
  void holdsTheShippedModelsWeightsExactly() {
    AbstractModel perceptron = NerModel.loadDefault().openNlpModel().getArtifact("nameFinder.model");
    @SuppressWarnings("unchecked")
    Map<String, Context> parameters = (Map<String, Context>) perceptron.getDataStructures()[1];
    int outcomes = perceptron.getNumOutcomes();
    FeatureWeights table = FeatureWeights.of(parameters, outcomes);

    assertEquals(parameters.size(), table.size());
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      double[] expected = new double[outcomes];
      int[] os = e.getValue().getOutcomes();
      for (int k = 0; k < os.length; k++) {
        expected[os[k]] = e.getValue().getParameters()[k];
      }
      double[] actual = sum(table, e.getKey());
      for (int o = 0; o < outcomes; o++) {
        if (Double.doubleToLongBits(expected[o]) != Double.doubleToLongBits(actual[o] + 0.0)
            && !(expected[o] == 0 && actual[o] == 0)) {
          wrong.add(e.getKey());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
