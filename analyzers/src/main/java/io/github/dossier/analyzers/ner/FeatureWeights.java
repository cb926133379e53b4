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
 * most of the tagging time. Here a feature's characters are packed four to a {@code long}, hashed
 * four at a time, and a look-up reads one slot of a {@code long} table (hash bits and record
 * offset) and one record: the key's length and packed characters, compared a word at a time, then
 * a row of {@link #outcomeCount()} weights. A row holds 0.0 where OpenNLP has no weight: adding it
 * leaves a sum unchanged, so sums over rows equal OpenNLP's sparse sums exactly. Immutable and
 * thread-safe; the per-thread buffers of batched look-ups are in {@link Lookup}.
 */
final class FeatureWeights {

  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private final int outcomeCount;
  /** Open addressing, linear probing: {@code hash << 32 | (record offset + 1)}, 0 for an empty slot. */
  private final long[] slots;
  private final int mask;
  private final int shift;
  /**
   * One record per feature: its length in characters, its characters packed four to a long (the
   * last long padded with zero characters), then the raw bits of its {@link #outcomeCount} weights.
   */
  private final long[] records;
  private final int size;

  private FeatureWeights(int outcomeCount, long[] slots, long[] records, int size) {
    this.outcomeCount = outcomeCount;
    this.slots = slots;
    this.mask = slots.length - 1;
    this.shift = 64 - Integer.numberOfTrailingZeros(slots.length);
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
    int shift = 64 - Integer.numberOfTrailingZeros(capacity);
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
      if (buffer.length < length + 3) {
        buffer = new char[2 * length + 3];
      }
      records[at] = length;
      long hash = pack(feature, length, buffer, records, at + 1);
      int weightsAt = at + 1 + words(length);
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
      int slot = (int) (hash >>> shift);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = hash << 32 | (at + 1);
      at += recordLength(length, outcomeCount);
    }
    return new FeatureWeights(outcomeCount, slots, records, n);
  }

  private static int words(int length) {
    return (length + 3) >> 2;
  }

  private static int recordLength(int length, int outcomeCount) {
    return 1 + words(length) + outcomeCount;
  }

  private static boolean contains(int[] values, int end, int value) {
    for (int i = 0; i < end; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * Packs the characters of {@code s} four to a long into {@code out} from {@code at} and returns
   * their hash ({@code buffer} holds at least {@code length + 3} characters and is overwritten).
   */
  private static long pack(String s, int length, char[] buffer, long[] out, int at) {
    s.getChars(0, length, buffer, 0);
    buffer[length] = 0;
    buffer[length + 1] = 0;
    buffer[length + 2] = 0;
    long hash = length;
    for (int i = 0; i < length; i += 4, at++) {
      long w = buffer[i] | (long) buffer[i + 1] << 16 | (long) buffer[i + 2] << 32 | (long) buffer[i + 3] << 48;
      out[at] = w;
      hash = (hash ^ w) * MULTIPLIER;
    }
    hash ^= hash >>> 29;
    return hash * MULTIPLIER;
  }

  /** The number of features. */
  int size() {
    return size;
  }

  int outcomeCount() {
    return outcomeCount;
  }

  /**
   * The handle of a feature's weights for {@link #addTo}, or -1 if the model has no weights for
   * it. For occasional look-ups; taggers use {@link Lookup#findAll}.
   */
  int find(String feature) {
    int length = feature.length();
    long[] key = new long[words(length)];
    long hash = pack(feature, length, new char[length + 3], key, 0);
    int slot = (int) (hash >>> shift);
    return probe(length, key, 0, (int) hash, slot, slots[slot]);
  }

  /**
   * The handle of the feature of {@code length} characters packed in {@code key} from {@code at},
   * whose hash has low bits {@code hash}, probing from {@code slot} (which holds {@code s}); -1 if
   * the table has no such feature.
   */
  private int probe(int length, long[] key, int at, int hash, int slot, long s) {
    int n = words(length);
    while (s != 0) {
      if ((int) (s >>> 32) == hash) {
        int record = (int) s - 1;
        if (records[record] == length && java.util.Arrays.equals(records, record + 1, record + 1 + n, key, at, at + n)) {
          return record + 1 + n;
        }
      }
      slot = (slot + 1) & mask;
      s = slots[slot];
    }
    return -1;
  }

  /** Adds the weights found by {@link #find} to {@code sums} (one per outcome); nothing for -1. */
  void addTo(double[] sums, int handle) {
    if (handle >= 0) {
      for (int o = 0; o < outcomeCount; o++) {
        sums[o] += Double.longBitsToDouble(records[handle + o]);
      }
    }
  }

  /** A new set of buffers for batched look-ups; one per thread. */
  Lookup newLookup() {
    return new Lookup(this);
  }

  /**
   * Batched look-ups in one table, with their buffers; not thread-safe.
   *
   * <p>Name-finder feature generators hand out the same {@code String} instances again and again
   * (they keep each word's features), so a look-up first asks a small table of recently found
   * features, keyed by the identity of the string: {@value #RECENT} entries, two megabytes that
   * mostly stay in the processor's caches, where the full table is tens of megabytes that do not. A
   * string found there skips packing, hashing and the full table's slots (its weights are read
   * ahead for {@link FeatureWeights#addTo}). Any other string is
   * looked up as below and then remembered, replacing whichever string held its entry; an equal
   * string that is another instance is simply looked up again, so the answers are the full
   * table's whatever the strings.
   *
   * <p>The table slots of the remaining features are read first, then the records of those whose
   * hash bits match, and only then are the keys compared, so that the memory reads of different
   * features overlap instead of waiting for each other.
   */
  static final class Lookup {
    /** Entries in the table of recently found features; a power of two. */
    static final int RECENT = 1 << 18;

    private final FeatureWeights table;
    private final String[] recent = new String[RECENT];
    private final int[] recentHandles = new int[RECENT];
    private char[] chars = new char[64];
    private long[] packed = new long[1024];
    private int[] packedAt = new int[64];
    private long[] hashes = new long[64];
    private int[] slotAt = new int[64];
    private long[] slotValue = new long[64];
    private int[] missed = new int[64];
    /** Keeps the cache-warming reads from being optimised away. */
    private long sink;

    private Lookup(FeatureWeights table) {
      this.table = table;
    }

    /**
     * Finds the handles of {@code features[0 .. count)} into {@code handles} (-1 for an unknown
     * feature).
     */
    void findAll(String[] features, int count, int[] handles) {
      if (hashes.length < count) {
        int capacity = Math.max(count, 2 * hashes.length);
        packedAt = new int[capacity];
        hashes = new long[capacity];
        slotAt = new int[capacity];
        slotValue = new long[capacity];
        missed = new int[capacity];
      }
      String[] recent = this.recent;
      int[] recentHandles = this.recentHandles;
      long[] records = table.records;
      long warm = 0;
      int misses = 0;
      for (int i = 0; i < count; i++) {
        String f = features[i];
        int r = recentSlot(f);
        if (recent[r] == f) {
          int handle = recentHandles[r];
          handles[i] = handle;
          if (handle >= 0) {
            warm += records[handle];
          }
        } else {
          missed[misses++] = i;
        }
      }
      sink += warm;
      if (misses > 0) {
        findMissed(features, misses, handles);
      }
    }

    private static int recentSlot(String feature) {
      int h = System.identityHashCode(feature);
      return (h ^ h >>> 15) & (RECENT - 1);
    }

    private void findMissed(String[] features, int misses, int[] handles) {
      long[] slots = table.slots;
      int shift = table.shift;
      int at = 0;
      for (int m = 0; m < misses; m++) {
        String f = features[missed[m]];
        int length = f.length();
        if (chars.length < length + 3) {
          chars = new char[2 * length + 3];
        }
        if (packed.length < at + words(length)) {
          packed = java.util.Arrays.copyOf(packed, Math.max(at + words(length), 2 * packed.length));
        }
        packedAt[m] = at;
        long hash = pack(f, length, chars, packed, at);
        at += words(length);
        hashes[m] = hash;
        int slot = (int) (hash >>> shift);
        slotAt[m] = slot;
        slotValue[m] = slots[slot];
      }
      long[] records = table.records;
      long warm = 0;
      for (int m = 0; m < misses; m++) {
        long s = slotValue[m];
        if (s != 0 && (int) (s >>> 32) == (int) hashes[m]) {
          warm += records[(int) s - 1];
        }
      }
      sink += warm;
      for (int m = 0; m < misses; m++) {
        int i = missed[m];
        String f = features[i];
        int handle = table.probe(f.length(), packed, packedAt[m], (int) hashes[m], slotAt[m], slotValue[m]);
        handles[i] = handle;
        int r = recentSlot(f);
        recent[r] = f;
        recentHandles[r] = handle;
      }
    }
  }
}
