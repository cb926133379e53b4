package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Averages the weights of several perceptron models trained on the same events (in different
 * orders) into one perceptron model.
 *
 * <p>A perceptron scores an outcome with a sum of feature weights, so the averaged model scores
 * every outcome with the mean of the members' scores: an ensemble that costs no more at run time
 * than one member (the feature set is the union of the members'). It removes most of the
 * dependence of a single perceptron on the order of its training data.
 */
final class PerceptronEnsemble {

  private PerceptronEnsemble() {}

  /**
   * Returns the perceptron whose weight for every (feature, outcome) pair is the mean of the
   * members' weights (0 where a member lacks the pair). Features and outcomes are matched by name;
   * the result lists features in sorted order, so it does not depend on the members' internal
   * indices.
   *
   * @param members perceptron models with the same outcomes
   * @throws IllegalArgumentException if there is no member, a member is not a perceptron, or the
   *     members' outcomes differ
   */
  static PerceptronModel average(List<? extends MaxentModel> members) {
    checkNotNull(members, "members");
    checkArgument(!members.isEmpty(), "an ensemble needs at least one model");
    String[] outcomes = null;
    Map<String, double[]> weights = new TreeMap<>();
    for (MaxentModel member : members) {
      checkArgument(member instanceof PerceptronModel,
          "only perceptron models can be averaged, got %s", member.getClass().getSimpleName());
      Object[] data = ((AbstractModel) member).getDataStructures();
      @SuppressWarnings("unchecked")
      Map<String, Context> pmap = (Map<String, Context>) data[1];
      String[] names = (String[]) data[2];
      if (outcomes == null) {
        outcomes = names.clone();
        Arrays.sort(outcomes);
      }
      checkArgument(sortedEquals(outcomes, names),
          "ensemble members have different outcomes: %s vs %s", Arrays.toString(outcomes), Arrays.toString(names));
      int[] target = new int[names.length];
      for (int o = 0; o < names.length; o++) {
        target[o] = Arrays.binarySearch(outcomes, names[o]);
      }
      for (Map.Entry<String, Context> e : pmap.entrySet()) {
        double[] w = weights.computeIfAbsent(e.getKey(), k -> new double[target.length]);
        int[] os = e.getValue().getOutcomes();
        double[] ps = e.getValue().getParameters();
        for (int k = 0; k < os.length; k++) {
          w[target[os[k]]] += ps[k];
        }
      }
    }
    double n = members.size();
    String[] predicates = new String[weights.size()];
    Context[] contexts = new Context[weights.size()];
    int p = 0;
    List<Integer> os = new ArrayList<>();
    List<Double> ps = new ArrayList<>();
    for (Map.Entry<String, double[]> e : weights.entrySet()) {
      os.clear();
      ps.clear();
      double[] w = e.getValue();
      for (int o = 0; o < w.length; o++) {
        if (w[o] != 0) {
          os.add(o);
          ps.add(w[o] / n);
        }
      }
      predicates[p] = e.getKey();
      contexts[p] = new Context(os.stream().mapToInt(Integer::intValue).toArray(),
          ps.stream().mapToDouble(Double::doubleValue).toArray());
      p++;
    }
    return new PerceptronModel(contexts, predicates, outcomes);
  }

  /**
   * Returns a copy of the perceptron with {@code delta} added to the weight of {@code feature} for
   * {@code outcome}. With a feature present at every token (OpenNLP's {@code def}) this shifts the
   * outcome's bias.
   *
   * @throws IllegalArgumentException if the model is not a perceptron or lacks the feature or outcome
   */
  static PerceptronModel shiftBias(MaxentModel model, String feature, String outcome, double delta) {
    checkArgument(model instanceof PerceptronModel,
        "only a perceptron's bias can be shifted, got %s", model.getClass().getSimpleName());
    Object[] data = ((AbstractModel) model).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    int o = Arrays.asList(outcomes).indexOf(outcome);
    checkArgument(o >= 0, "the model has no outcome '%s' (outcomes: %s)", outcome, Arrays.toString(outcomes));
    checkArgument(pmap.containsKey(feature), "the model has no feature '%s'", feature);
    String[] predicates = new String[pmap.size()];
    Context[] contexts = new Context[pmap.size()];
    int p = 0;
    for (Map.Entry<String, Context> e : new TreeMap<>(pmap).entrySet()) {
      predicates[p] = e.getKey();
      Context c = e.getValue();
      if (e.getKey().equals(feature)) {
        double[] w = new double[outcomes.length];
        int[] os = c.getOutcomes();
        for (int k = 0; k < os.length; k++) {
          w[os[k]] = c.getParameters()[k];
        }
        w[o] += delta;
        int[] all = new int[outcomes.length];
        for (int k = 0; k < all.length; k++) {
          all[k] = k;
        }
        c = new Context(all, w);
      }
      contexts[p++] = c;
    }
    return new PerceptronModel(contexts, predicates, outcomes.clone());
  }

  /**
   * Returns a copy of the perceptron without the weights whose absolute value is below {@code
   * threshold}, and without the features that have no weight left. Features are listed in sorted
   * order.
   *
   * @throws IllegalArgumentException if the model is not a perceptron or the threshold is negative
   */
  static PerceptronModel prune(MaxentModel model, double threshold) {
    checkArgument(model instanceof PerceptronModel,
        "only a perceptron can be pruned, got %s", model.getClass().getSimpleName());
    checkArgument(threshold >= 0, "the pruning threshold must be >= 0, got %s", threshold);
    Object[] data = ((AbstractModel) model).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> predicates = new ArrayList<>();
    List<Context> contexts = new ArrayList<>();
    for (Map.Entry<String, Context> e : new TreeMap<>(pmap).entrySet()) {
      int[] os = e.getValue().getOutcomes();
      double[] ps = e.getValue().getParameters();
      int n = 0;
      for (double p : ps) {
        if (Math.abs(p) >= threshold) {
          n++;
        }
      }
      if (n == 0) {
        continue;
      }
      int[] keptOutcomes = new int[n];
      double[] keptWeights = new double[n];
      int k = 0;
      for (int i = 0; i < ps.length; i++) {
        if (Math.abs(ps[i]) >= threshold) {
          keptOutcomes[k] = os[i];
          keptWeights[k] = ps[i];
          k++;
        }
      }
      predicates.add(e.getKey());
      contexts.add(new Context(keptOutcomes, keptWeights));
    }
    return new PerceptronModel(contexts.toArray(new Context[0]), predicates.toArray(new String[0]), outcomes.clone());
  }

  private static boolean sortedEquals(String[] sorted, String[] names) {
    String[] copy = names.clone();
    Arrays.sort(copy);
    return Arrays.equals(sorted, copy);
  }
}
