package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class PerceptronEnsembleTest {

  /** Sums a perceptron's weights for the given features, per outcome name. */
  private static double score(PerceptronModel model, String outcome, String... features) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    java.util.Map<String, Context> pmap = (java.util.Map<String, Context>) data[1];
    int o = model.getIndex(outcome);
    double s = 0;
    for (String f : features) {
      Context c = pmap.get(f);
      if (c == null) {
        continue;
      }
      for (int k = 0; k < c.getOutcomes().length; k++) {
        if (c.getOutcomes()[k] == o) {
          s += c.getParameters()[k];
        }
      }
    }
    return s;
  }

  @Test
  void averagedModelScoresEveryOutcomeWithTheMeanOfTheMembersScores() {
    // The members list their outcomes in different orders; features are matched by name.
    PerceptronModel first = new PerceptronModel(
        new Context[] {new Context(new int[] {0, 1}, new double[] {2, -2}), new Context(new int[] {0}, new double[] {1})},
        new String[] {"w=paris", "sh=Xx"}, new String[] {"LOC-start", "other"});
    PerceptronModel second = new PerceptronModel(
        new Context[] {new Context(new int[] {1}, new double[] {4}), new Context(new int[] {0}, new double[] {3})},
        new String[] {"w=paris", "w=said"}, new String[] {"other", "LOC-start"});

    PerceptronModel mean = PerceptronEnsemble.average(List.of(first, second));

    assertEquals((2 + 4) / 2.0, score(mean, "LOC-start", "w=paris"), 1e-9);
    assertEquals(-2 / 2.0, score(mean, "other", "w=paris"), 1e-9);
    assertEquals(1 / 2.0, score(mean, "LOC-start", "sh=Xx"), 1e-9);
    assertEquals(3 / 2.0, score(mean, "other", "w=said"), 1e-9);
    String[] sentence = {"w=paris", "sh=Xx", "w=said"};
    double members = score(first, "LOC-start", sentence) + score(second, "LOC-start", sentence);
    assertEquals(members / 2, score(mean, "LOC-start", sentence), 1e-9);
    // Same ranking of outcomes as the summed members.
    double[] probabilities = mean.eval(sentence);
    assertEquals("LOC-start", mean.getBestOutcome(probabilities));
  }

  @Test
  void oneMemberIsReturnedUnchangedInScore() {
    PerceptronModel only = new PerceptronModel(
        new Context[] {new Context(new int[] {0, 1}, new double[] {0.5, -1.5})},
        new String[] {"g=C"}, new String[] {"LOC-start", "other"});

    PerceptronModel mean = PerceptronEnsemble.average(List.of(only));

    assertArrayEquals(only.eval(new String[] {"g=C"}), mean.eval(new String[] {"g=C"}), 1e-12);
  }

  @Test
  void membersWithDifferentOutcomesOrNoMembersAreRejected() {
    PerceptronModel bio = new PerceptronModel(
        new Context[] {new Context(new int[] {0}, new double[] {1})}, new String[] {"f"}, new String[] {"PER-start", "other"});
    PerceptronModel other = new PerceptronModel(
        new Context[] {new Context(new int[] {0}, new double[] {1})}, new String[] {"f"}, new String[] {"ORG-start", "other"});

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PerceptronEnsemble.average(List.of(bio, other)));
    assertEquals(true, e.getMessage().contains("different outcomes"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PerceptronEnsemble.average(List.of()));
  }

  @Test
  void shiftingTheOutsideBiasMakesEntitiesWinCloseCalls() {
    PerceptronModel model = new PerceptronModel(
        new Context[] {new Context(new int[] {1}, new double[] {3}), new Context(new int[] {0}, new double[] {2})},
        new String[] {"def", "sh=Xx"}, new String[] {"PER-start", "other"});
    String[] capitalised = {"def", "sh=Xx"};
    assertEquals("other", model.getBestOutcome(model.eval(capitalised)));

    PerceptronModel shifted = PerceptronEnsemble.shiftBias(model, "def", "other", -2);

    assertEquals(1.0, score(shifted, "other", "def"), 1e-12);
    assertEquals("PER-start", shifted.getBestOutcome(shifted.eval(capitalised)));
    assertEquals("other", shifted.getBestOutcome(shifted.eval(new String[] {"def"})));
    assertEquals(3.0, score(model, "other", "def"), 1e-12, "the original is unchanged");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PerceptronEnsemble.shiftBias(model, "bias", "other", 1));
    assertEquals(true, e.getMessage().contains("'bias'"), e.getMessage());
  }

  @Test
  void pruningDropsSmallWeightsAndFeaturesLeftWithout() {
    PerceptronModel model = new PerceptronModel(
        new Context[] {
          new Context(new int[] {0, 1}, new double[] {2.5, -0.1}),
          new Context(new int[] {0, 1}, new double[] {0.05, 0.2}),
        },
        new String[] {"g=S", "w=zzz"}, new String[] {"PER-start", "other"});

    PerceptronModel pruned = PerceptronEnsemble.prune(model, 0.3);

    @SuppressWarnings("unchecked")
    java.util.Map<String, Context> features = (java.util.Map<String, Context>) pruned.getDataStructures()[1];
    assertEquals(java.util.Set.of("g=S"), features.keySet());
    assertArrayEquals(new int[] {0}, features.get("g=S").getOutcomes());
    assertEquals(2.5, score(pruned, "PER-start", "g=S", "w=zzz"), 1e-12);
    assertEquals(0.0, score(pruned, "other", "g=S", "w=zzz"), 1e-12);
  }
}
