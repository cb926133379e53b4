package io.github.dossier.analyzers.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * Tags sentences with a {@link PerceptronNameDecoder}: OpenNLP's name-finder beam search, with the
 * weights of the token features summed once per token instead of once per beam entry.
 *
 * <p>Step for step this is {@code BeamSearch.bestSequences} of OpenNLP 2.5 with {@code
 * PerceptronModel.eval}: the same candidate order in the same {@link PriorityQueue}, the same
 * "at least the beam-size best outcome scores" cut, the same fallback when no candidate survives,
 * {@link StrictMath} for logarithms and exponentials, and feature weights added in OpenNLP's order
 * (the generators' features first, then {@code po}, {@code pow}, {@code powf}, {@code ppo}), so
 * that every score is bit-for-bit OpenNLP's. Features of a token are generated once, with the
 * outcomes of the best entry of the beam as previous outcomes, which is what the cached descriptor
 * gives {@code NameFinderME}.
 *
 * <p>Keeps document state in the feature generators; not thread-safe.
 */
final class BeamNameTagger implements SentenceNameFinder {

  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final PerceptronNameDecoder decoder;
  private final FeatureWeights weights;
  private final CachedFeatureGenerator root;
  private final AdaptiveFeatureGenerator generator;
  private final int outcomeCount;
  private final int beamSize;

  /** The features of the current token: the generators', then {@code pow}/{@code powf} pairs. */
  private final List<String> features = new ArrayList<>();
  private String[] featureArray = new String[64];
  private int[] handles = new int[64];
  private final FeatureWeights.Lookup lookup;
  private final TokenClasses tokenClasses = new TokenClasses();
  /**
   * Per word, its {@code pow=} and {@code powf=} feature strings for each previous outcome (slot
   * {@code 2 × slot} and {@code 2 × slot + 1}), made when first needed: they depend only on the
   * word and the previous outcome, so a frequent word's strings are made once, not at every
   * position.
   */
  private final WordMemo<String[]> previousOutcomeFeatures = new WordMemo<>(NerFeatureGenerator.MAX_WORDS);

  private final double[] tokenScores;
  private final double[] scores;
  private final double[] sorted;
  /**
   * Per previous outcome (last entry: before the sentence), where its {@code pow} feature is in
   * {@link #handles} for the current token ({@code powf} follows), or -1.
   */
  private final int[] previousAt;
  /** The beam entries extended at the current token, best first. */
  private final Entry[] tops;

  private PriorityQueue<Entry> current = new PriorityQueue<>();
  private PriorityQueue<Entry> next = new PriorityQueue<>();
  private Entry[] pool = new Entry[64];
  private int used;

  BeamNameTagger(PerceptronNameDecoder decoder, CachedFeatureGenerator root) {
    this.decoder = decoder;
    this.weights = decoder.weights();
    this.lookup = weights.newLookup();
    this.root = root;
    this.generator = root.getCachedFeatureGenerator();
    this.outcomeCount = decoder.outcomeCount();
    this.beamSize = decoder.beamSize();
    this.tokenScores = new double[outcomeCount];
    this.scores = new double[outcomeCount];
    this.sorted = new double[outcomeCount];
    this.previousAt = new int[outcomeCount + 1];
    this.tops = new Entry[beamSize];
  }

  @Override
  public Span[] find(String[] tokens) {
    int n = tokens.length;
    if (n == 0) {
      return new Span[0];
    }
    used = 0;
    current.clear();
    next.clear();
    current.add(entry(null, -1, 0, 0));
    for (int i = 0; i < n; i++) {
      // BeamSearch removes these one by one while adding to the other queue: the same entries.
      int candidates = Math.min(beamSize, current.size());
      for (int c = 0; c < candidates; c++) {
        tops[c] = current.remove();
      }
      scoreToken(tokens, i, candidates);
      for (int c = 0; c < candidates; c++) {
        Entry top = tops[c];
        scoreEntry(top);
        System.arraycopy(scores, 0, sorted, 0, outcomeCount);
        Arrays.sort(sorted);
        double min = sorted[Math.max(0, outcomeCount - beamSize)];
        for (int o = 0; o < outcomeCount; o++) {
          if (scores[o] >= min) {
            extend(top, o);
          }
        }
        if (next.isEmpty()) {
          for (int o = 0; o < outcomeCount; o++) {
            extend(top, o);
          }
        }
      }
      current.clear();
      PriorityQueue<Entry> swap = current;
      current = next;
      next = swap;
    }
    Arrays.fill(tops, null);
    Entry best = current.poll();
    if (best == null) {
      // NameFinderME fails here too; with the BIO and BILOU codecs "other" always continues a sequence.
      throw new IllegalStateException("no outcome sequence is valid for a sentence of " + n + " tokens");
    }
    String[] outcomes = new String[n];
    double[] probs = new double[n];
    for (Entry e = best; e.parent != null; e = e.parent) {
      outcomes[e.length - 1] = decoder.outcome(e.outcome);
      probs[e.length - 1] = e.prob;
    }
    root.updateAdaptiveData(tokens, outcomes);
    Span[] spans = decoder.codec().decode(Arrays.asList(outcomes));
    for (int s = 0; s < spans.length; s++) {
      double p = 0;
      for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
        p += probs[i];
      }
      p /= spans[s].length();
      spans[s] = new Span(spans[s], p);
    }
    return spans;
  }

  @Override
  public void clear() {
    root.clearAdaptiveData();
  }

  /** Adds the candidate {@code top} + {@code o} to the next beam if the codec allows it. */
  private void extend(Entry top, int o) {
    if (!decoder.allowed(top.outcome, o)) {
      return;
    }
    double score = top.score + StrictMath.log(scores[o]);
    if (score > MIN_SEQUENCE_SCORE) {
      next.add(entry(top, o, scores[o], score));
    }
  }

  /**
   * Generates the features of token {@code i} (with the best entry's outcomes as previous
   * outcomes), looks them up together with the {@code pow}/{@code powf} features of the entries'
   * previous outcomes, and sums the generators' features into {@link #tokenScores}, in feature
   * order, as {@code PerceptronModel.eval} would before adding the previous-outcome ones.
   */
  private void scoreToken(String[] tokens, int i, int candidates) {
    features.clear();
    generator.createFeatures(features, tokens, i, history(tops[0]));
    int generated = features.size();
    Arrays.fill(previousAt, -1);
    String token = tokens[i];
    String[] memo = null;
    for (int c = 0; c < candidates; c++) {
      int slot = slot(tops[c].outcome);
      if (previousAt[slot] < 0) {
        if (memo == null) {
          memo = previousOutcomeFeatures.get(token);
          if (memo == null) {
            memo = new String[2 * (outcomeCount + 1)];
            previousOutcomeFeatures.put(token, memo);
          }
        }
        if (memo[2 * slot] == null) {
          String name = decoder.previousName(tops[c].outcome);
          memo[2 * slot] = "pow=" + name + "," + token;
          memo[2 * slot + 1] = "powf=" + name + "," + tokenClasses.of(token);
        }
        previousAt[slot] = features.size();
        features.add(memo[2 * slot]);
        features.add(memo[2 * slot + 1]);
      }
    }
    int count = features.size();
    if (featureArray.length < count) {
      int capacity = Math.max(count, 2 * featureArray.length);
      featureArray = new String[capacity];
      handles = new int[capacity];
    }
    featureArray = features.toArray(featureArray);
    lookup.findAll(featureArray, count, handles);
    Arrays.fill(tokenScores, 0);
    for (int f = 0; f < generated; f++) {
      weights.addTo(tokenScores, handles[f]);
    }
  }

  private int slot(int outcome) {
    return outcome < 0 ? outcomeCount : outcome;
  }

  /** The outcome names of an entry, oldest first. */
  private String[] history(Entry entry) {
    String[] history = new String[entry.length];
    for (Entry e = entry; e.parent != null; e = e.parent) {
      history[e.length - 1] = decoder.outcome(e.outcome);
    }
    return history;
  }

  /**
   * Fills {@link #scores} with the normalised outcome scores of the current token after {@code
   * top}: {@code PerceptronModel.eval} on the token's features plus OpenNLP's previous-outcome
   * features {@code po}, {@code pow}, {@code powf} and {@code ppo}, in that order.
   */
  private void scoreEntry(Entry top) {
    System.arraycopy(tokenScores, 0, scores, 0, outcomeCount);
    int previous = top.outcome;
    int previousPrevious = top.parent == null ? -1 : top.parent.outcome;
    int at = previousAt[slot(previous)];
    weights.addTo(scores, decoder.previousOutcomeFeature(previous));
    weights.addTo(scores, handles[at]);
    weights.addTo(scores, handles[at + 1]);
    weights.addTo(scores, decoder.previousPreviousOutcomeFeature(previousPrevious));
    double max = 1;
    for (int o = 0; o < outcomeCount; o++) {
      double a = StrictMath.abs(scores[o]);
      if (max < a) {
        max = a;
      }
    }
    double sum = 0.0;
    for (int o = 0; o < outcomeCount; o++) {
      scores[o] = StrictMath.exp(scores[o] / max);
      sum += scores[o];
    }
    for (int o = 0; o < outcomeCount; o++) {
      scores[o] /= sum;
    }
  }

  private Entry entry(Entry parent, int outcome, double prob, double score) {
    if (used == pool.length) {
      pool = Arrays.copyOf(pool, 2 * used);
    }
    Entry e = pool[used];
    if (e == null) {
      e = new Entry();
      pool[used] = e;
    }
    used++;
    e.parent = parent;
    e.outcome = outcome;
    e.prob = prob;
    e.score = score;
    e.length = parent == null ? 0 : parent.length + 1;
    return e;
  }

  /**
   * A beam entry: an outcome appended to its parent's sequence. Ordered like OpenNLP's {@code
   * Sequence}: higher score first.
   */
  private static final class Entry implements Comparable<Entry> {
    Entry parent;
    int outcome;
    int length;
    double prob;
    double score;

    @Override
    public int compareTo(Entry o) {
      return Double.compare(o.score, score);
    }
  }
}
