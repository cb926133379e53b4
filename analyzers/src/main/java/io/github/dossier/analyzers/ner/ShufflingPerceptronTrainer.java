package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * An averaged multi-class perceptron, like OpenNLP's {@code PerceptronTrainer}, that visits the
 * training documents in a new random order in every epoch instead of the same order each time, so
 * that the result does not hinge on which documents happen to come last.
 *
 * <p>Update rule as in OpenNLP: when the highest-scoring outcome of an event is not its outcome,
 * every feature of the event gains 1 for the right outcome and loses 1 for the predicted one; the
 * model's weights are the average of the weights after every event of every epoch. The result is a
 * plain OpenNLP {@link PerceptronModel}. Deterministic for a given seed.
 */
final class ShufflingPerceptronTrainer {

  private ShufflingPerceptronTrainer() {}

  /**
   * Trains on the events of the documents.
   *
   * @param documents each document's events, in order (documents are shuffled, their events not)
   * @param iterations epochs
   * @param cutoff features seen fewer times are dropped
   * @param seed the shuffling seed
   */
  static PerceptronModel train(List<List<Event>> documents, int iterations, int cutoff, long seed) {
    checkArgument(iterations >= 1, "iterations must be >= 1, got %s", iterations);
    Map<String, int[]> counts = new HashMap<>();
    TreeSet<String> outcomeSet = new TreeSet<>();
    for (List<Event> doc : documents) {
      for (Event e : doc) {
        outcomeSet.add(e.getOutcome());
        for (String f : e.getContext()) {
          counts.computeIfAbsent(f, k -> new int[1])[0]++;
        }
      }
    }
    checkArgument(!outcomeSet.isEmpty(), "no training events");
    String[] outcomes = outcomeSet.toArray(new String[0]);
    Map<String, Integer> outcomeIds = new HashMap<>();
    for (int o = 0; o < outcomes.length; o++) {
      outcomeIds.put(outcomes[o], o);
    }
    TreeMap<String, Integer> predicateIds = new TreeMap<>();
    counts.forEach((f, c) -> {
      if (c[0] >= cutoff) {
        predicateIds.put(f, 0);
      }
    });
    String[] predicates = predicateIds.keySet().toArray(new String[0]);
    for (int p = 0; p < predicates.length; p++) {
      predicateIds.put(predicates[p], p);
    }
    Map<String, Integer> ids = new HashMap<>(predicateIds);
    counts = null;
    List<int[][]> docs = new ArrayList<>(documents.size());
    for (List<Event> doc : documents) {
      int[][] events = new int[doc.size()][];
      for (int i = 0; i < doc.size(); i++) {
        Event e = doc.get(i);
        int[] ctx = new int[e.getContext().length + 1];
        int n = 0;
        ctx[n++] = outcomeIds.get(e.getOutcome());
        for (String f : e.getContext()) {
          Integer id = ids.get(f);
          if (id != null) {
            ctx[n++] = id;
          }
        }
        events[i] = Arrays.copyOf(ctx, n);
      }
      docs.add(events);
    }
    int k = outcomes.length;
    double[] w = new double[predicates.length * k];
    double[] u = new double[predicates.length * k];
    double[] scores = new double[k];
    long c = 1;
    Random random = new Random(seed);
    List<int[][]> order = new ArrayList<>(docs);
    for (int it = 0; it < iterations; it++) {
      Collections.shuffle(order, random);
      for (int[][] doc : order) {
        for (int[] event : doc) {
          Arrays.fill(scores, 0);
          for (int j = 1; j < event.length; j++) {
            int base = event[j] * k;
            for (int o = 0; o < k; o++) {
              scores[o] += w[base + o];
            }
          }
          int best = 0;
          for (int o = 1; o < k; o++) {
            if (scores[o] > scores[best]) {
              best = o;
            }
          }
          int gold = event[0];
          if (best != gold) {
            for (int j = 1; j < event.length; j++) {
              int base = event[j] * k;
              w[base + gold] += 1;
              u[base + gold] += c;
              w[base + best] -= 1;
              u[base + best] -= c;
            }
          }
          c++;
        }
      }
    }
    Context[] params = new Context[predicates.length];
    int[] os = new int[k];
    double[] ps = new double[k];
    for (int p = 0; p < predicates.length; p++) {
      int n = 0;
      for (int o = 0; o < k; o++) {
        double avg = w[p * k + o] - u[p * k + o] / c;
        if (avg != 0) {
          os[n] = o;
          ps[n] = avg;
          n++;
        }
      }
      params[p] = new Context(Arrays.copyOf(os, n), Arrays.copyOf(ps, n));
    }
    return new PerceptronModel(params, predicates, outcomes);
  }
}
