package io.github.dossier.analyzers.ner;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A perceptron's feature weights in a compact read-only hash table: feature strings map to dense
 * rows of one weight per outcome.
 *
 * <p>OpenNLP keeps them in a {@code LinkedHashMap<String, Context>}, where a look-up follows about
 * six pointers (table, node, key, key bytes, context, outcome and weight arrays) into a heap of
 * tens of megabytes; tagging a token does some fifty look-ups, and the cache misses they cause were
 * most of the tagging time. Here a look-up reads one slot of a {@code long} table (hash and feature
 * number), the key's characters from one shared array, and one row of {@link #outcomeCount()}
 * doubles. A row holds 0.0 where OpenNLP has no weight: adding it leaves a sum unchanged, so sums
 * over rows equal OpenNLP's sparse sums exactly. Immutable and thread-safe.
 */
final class FeatureWeights {

  private final int outcomeCount;
  /** Open addressing, linear probing: {@code hash << 32 | (record offset + 1)}, 0 for an empty slot. */
  private final long[] slots;
  private final int mask;
  private final int shift;
  /**
   * One record per feature: its length in characters, its characters packed four to a long, then
   * the raw bits of its {@link #outcomeCount} weights. A look-up that finds its slot reads one
   * record, whose parts are adjacent in memory.
   */
  private final long[] records;
  private final int size;

  private FeatureWeights(int outcomeCount, long[] slots, long[] records, int size) {
    this.outcomeCount = outcomeCount;
    this.slots = slots;
    this.mask = slots.length - 1;
    this.shift = shift(slots.length);
    this.records = records;
    this.size = size;
  }

  /**
   * Copies OpenNLP's parameter map.
   *
   * @param parameters feature string to weights, as in {@code AbstractModel.getDataStructures()[1]}
   * @param outcomeCount the number of outcomes of the model
   * @throws IllegalArgumentException if a weight names an outcome out of range or a feature has two
   *     weights for one outcome
   */
  static FeatureWeights of(Map<String, Context> parameters, int outcomeCount) {
    int n = parameters.size();
    int capacity = Integer.highestOneBit(Math.max(4, 2 * n) - 1) << 1;
    long[] slots = new long[capacity];
    long total = 0;
    for (String feature : parameters.keySet()) {
      total += recordLength(feature.length(), outcomeCount);
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("model too large for a compact weight table: " + n + " features");
    }
    long[] records = new long[(int) total];
    char[] buffer = new char[64];
    int at = 0;
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      String feature = e.getKey();
      int length = feature.length();
      records[at] = length;
      if (buffer.length < length + 3) {
        buffer = new char[2 * length + 3];
      }
      feature.getChars(0, length, buffer, 0);
      buffer[length] = buffer[length + 1] = buffer[length + 2] = 0;
      for (int i = 0, w = at + 1; i < length; i += 4, w++) {
        records[w] = buffer[i] | (long) buffer[i + 1] << 16 | (long) buffer[i + 2] << 32 | (long) buffer[i + 3] << 48;
      }
      int weightsAt = at + 1 + ((length + 3) >> 2);
      int[] outcomes = e.getValue().getOutcomes();
      double[] values = e.getValue().getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        if (outcomes[k] < 0 || outcomes[k] >= outcomeCount) {
          throw new IllegalArgumentException(
              "feature '" + feature + "' has a weight for outcome " + outcomes[k] + " of " + outcomeCount);
        }
        if (contains(outcomes, k, outcomes[k])) {
          // OpenNLP would add both weights one after the other; a row cannot reproduce that order.
          throw new IllegalArgumentException("feature '" + feature + "' repeats outcome " + outcomes[k]);
        }
        records[weightsAt + outcomes[k]] = Double.doubleToRawLongBits(values[k]);
      }
      int hash = feature.hashCode();
      int slot = slot(hash, shift(capacity));
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = (long) hash << 32 | (at + 1);
      at += recordLength(length, outcomeCount);
    }
    return new FeatureWeights(outcomeCount, slots, records, n);
  }

  private static int recordLength(int length, int outcomeCount) {
    return 1 + ((length + 3) >> 2) + outcomeCount;
  }

  private static boolean contains(int[] values, int end, int value) {
    for (int i = 0; i < end; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** The shift that keeps the top bits of a multiplied hash for a table of {@code capacity} slots. */
  private static int shift(int capacity) {
    return 32 - Integer.numberOfTrailingZeros(capacity);
  }

  /** Fibonacci hashing: String hashes of similar features differ mostly in their low bits. */
  private static int slot(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /**
   * The handle of a feature's weights for {@link #addTo}, or -1 if the model has no weights for
   * it.
   */
  int find(String feature) {
    int hash = feature.hashCode();
    int slot = slot(hash, shift);
    while (true) {
      long s = slots[slot];
      if (s == 0) {
        return -1;
      }
      if ((int) (s >>> 32) == hash) {
        int record = (int) s - 1;
        if (sameChars(feature, record)) {
          return record + 1 + ((feature.length() + 3) >> 2);
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Finds the handles of {@code features[0 .. count)} into {@code handles}, like {@link #find} for
   * each but faster: the table slots of all features are read first, then the records of those
   * whose hashes match, and only then are the keys compared, so that the memory reads of different
   * features overlap instead of waiting for each other.
   *
   * @param features the feature strings
   * @param count how many to look up
   * @param handles receives the handles (or -1)
   * @param scratch at least {@code count} entries, overwritten
   * @return a value of no meaning that the caller must not discard (it keeps the reads that warm the
   *     cache from being optimised away)
   */
  long findAll(String[] features, int count, int[] handles, long[] scratch) {
    long sink = 0;
    for (int i = 0; i < count; i++) {
      int hash = features[i].hashCode();
      int slot = slot(hash, shift);
      handles[i] = slot;
      scratch[i] = slots[slot];
    }
    for (int i = 0; i < count; i++) {
      long s = scratch[i];
      if (s != 0 && (int) (s >>> 32) == features[i].hashCode()) {
        sink += records[(int) s - 1];
      }
    }
    for (int i = 0; i < count; i++) {
      handles[i] = findFrom(features[i], handles[i], scratch[i]);
    }
    return sink;
  }

  /** {@link #find}, given the first slot to probe and its content. */
  private int findFrom(String feature, int slot, long s) {
    int hash = feature.hashCode();
    while (true) {
      if (s == 0) {
        return -1;
      }
      if ((int) (s >>> 32) == hash) {
        int record = (int) s - 1;
        if (sameChars(feature, record)) {
          return record + 1 + ((feature.length() + 3) >> 2);
        }
      }
      slot = (slot + 1) & mask;
      s = slots[slot];
    }
  }

  private boolean sameChars(String feature, int record) {
    int length = feature.length();
    if (records[record] != length) {
      return false;
    }
    long[] r = records;
    int i = 0;
    for (int w = record + 1; i < length; w++) {
      long packed = r[w];
      for (int end = Math.min(length, i + 4); i < end; i++, packed >>>= 16) {
        if ((char) packed != feature.charAt(i)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Adds the weights found by {@link #find} to {@code sums} (one per outcome); nothing for -1. */
  void addTo(double[] sums, int handle) {
    if (handle >= 0) {
      for (int o = 0; o < outcomeCount; o++) {
        sums[o] += Double.longBitsToDouble(records[handle + o]);
      }
    }
  }

  int outcomeCount() {
    return outcomeCount;
  }

  /** The number of features. */
  int size() {
    return size;
  }
}
