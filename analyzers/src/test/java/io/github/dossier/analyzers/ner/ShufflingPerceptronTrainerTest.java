package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class ShufflingPerceptronTrainerTest {

  /** Documents of "title + capitalised word" (a person) and "in + capitalised word" (a place). */
  private static List<List<Event>> documents() {
    List<List<Event>> docs = new ArrayList<>();
    String[] people = {"Merz", "Witkoff", "Peskov", "Kushner"};
    String[] places = {"Kyiv", "Berlin", "Miami", "Moscow"};
    for (int d = 0; d < 8; d++) {
      List<Event> doc = new ArrayList<>();
      doc.add(new Event("PER-start", new String[] {"w=" + people[d % 4], "sh=Xx", "w-1=chancellor", "rare" + d}));
      doc.add(new Event("other", new String[] {"w=said", "sh=x", "w-1=" + people[d % 4]}));
      doc.add(new Event("LOC-start", new String[] {"w=" + places[d % 4], "sh=Xx", "w-1=in"}));
      docs.add(doc);
    }
    return docs;
  }

  @Test
  void learnsContextsThatSeparateTheOutcomes() {
    PerceptronModel model = ShufflingPerceptronTrainer.train(documents(), 10, 1, 7);

    assertEquals("PER-start", model.getBestOutcome(model.eval(new String[] {"w=Zelenskyy", "sh=Xx", "w-1=chancellor"})));
    assertEquals("LOC-start", model.getBestOutcome(model.eval(new String[] {"w=Paris", "sh=Xx", "w-1=in"})));
    assertEquals("other", model.getBestOutcome(model.eval(new String[] {"w=said", "sh=x"})));
  }

  @Test
  void sameSeedGivesTheSameModelAndTheCutoffDropsRareFeatures() {
    PerceptronModel a = ShufflingPerceptronTrainer.train(documents(), 5, 2, 3);
    PerceptronModel b = ShufflingPerceptronTrainer.train(documents(), 5, 2, 3);

    String[] context = {"w=Merz", "sh=Xx", "w-1=chancellor"};
    assertArrayEquals(a.eval(context), b.eval(context), 0);
    @SuppressWarnings("unchecked")
    java.util.Map<String, ?> features = (java.util.Map<String, ?>) a.getDataStructures()[1];
    assertTrue(features.containsKey("w=Merz"), "seen twice");
    assertTrue(!features.containsKey("rare0"), "seen once, below the cutoff");
  }
}
