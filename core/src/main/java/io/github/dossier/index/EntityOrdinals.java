package io.github.dossier.index;

import io.github.dossier.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Global ordinals of one entity type's {@code key U+001F name} doc values over a whole (top-level)
 * reader, grouped by entity key: lets entity counts run over int arrays, as Lucene's sorted-set
 * facets do, instead of looking up strings per document. Built once per reader and type (like
 * Lucene's {@code SortedSetDocValuesReaderState}) and cached until the reader closes.
 *
 * <p>Instances are immutable and thread-safe; per-query state lives in {@link Counts}.
 */
final class EntityOrdinals {
  private static final Map<IndexReader.CacheKey, EntityOrdinals[]> CACHE = new ConcurrentHashMap<>();

  final EntityType type;
  private final String field;
  /** Maps segment ordinals to global ones; null when the reader has at most one segment. */
  private final OrdinalMap ordinalMap;
  private final int valueCount;
  /** The key id of each global ordinal. */
  final int[] keyOfOrd;
  /** The distinct keys, by key id. */
  final String[] keys;
  private final Map<String, Integer> keyIds;
  /** The global ordinals of key {@code k} are {@code ordsByKey[ordStart[k] .. ordStart[k + 1])}. */
  private final int[] ordStart;
  private final int[] ordsByKey;
  /** Per leaf, the key id of each segment ordinal. */
  private final int[][] keyOfSegmentOrd;
  /**
   * Per leaf, the first segment ordinal of each segment ordinal's key: the ordinals of a key are
   * consecutive, as its values all start with {@code key U+001F}. Null for a leaf where they are
   * not (values without a separator), which is then counted with per-key de-duplication.
   */
  private final int[][] keyStartOfSegmentOrd;

  private EntityOrdinals(EntityType type, String field, OrdinalMap ordinalMap, int valueCount,
      int[] keyOfOrd, String[] keys, Map<String, Integer> keyIds, int[] ordStart, int[] ordsByKey,
      int[][] keyOfSegmentOrd, int[][] keyStartOfSegmentOrd) {
    this.type = type;
    this.field = field;
    this.ordinalMap = ordinalMap;
    this.valueCount = valueCount;
    this.keyOfOrd = keyOfOrd;
    this.keys = keys;
    this.keyIds = keyIds;
    this.ordStart = ordStart;
    this.ordsByKey = ordsByKey;
    this.keyOfSegmentOrd = keyOfSegmentOrd;
    this.keyStartOfSegmentOrd = keyStartOfSegmentOrd;
  }

  /** The ordinals of {@code type} for {@code reader}, built on first use. */
  static EntityOrdinals of(IndexReader reader, EntityType type) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(reader, type);
    }
    EntityOrdinals[] perType = CACHE.get(helper.getKey());
    if (perType == null) {
      EntityOrdinals[] created = new EntityOrdinals[EntityType.values().length];
      perType = CACHE.putIfAbsent(helper.getKey(), created);
      if (perType == null) {
        perType = created;
        helper.addClosedListener(CACHE::remove);
      }
    }
    synchronized (perType) {
      EntityOrdinals o = perType[type.ordinal()];
      if (o == null) {
        o = build(reader, type);
        perType[type.ordinal()] = o;
      }
      return o;
    }
  }

  private static EntityOrdinals build(IndexReader reader, EntityType type) throws IOException {
    String field = Schema.facet(type);
    SortedSetDocValues merged = MultiDocValues.getSortedSetValues(reader, field);
    if (merged == null) {
      return new EntityOrdinals(type, field, null, 0, new int[0], new String[0], Map.of(), new int[] {0},
          new int[0], new int[reader.leaves().size()][0], new int[reader.leaves().size()][0]);
    }
    OrdinalMap map = merged instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
    int valueCount = Math.toIntExact(merged.getValueCount());
    int[] keyOfOrd = new int[valueCount];
    Map<String, Integer> keyIds = new HashMap<>();
    List<String> keys = new ArrayList<>();
    TermsEnum te = merged.termsEnum();
    int ord = 0;
    for (BytesRef value = te.next(); value != null; value = te.next(), ord++) {
      String s = value.utf8ToString();
      int sep = s.indexOf(Schema.KEY_NAME_SEPARATOR);
      String key = sep < 0 ? s : s.substring(0, sep);
      Integer id = keyIds.get(key);
      if (id == null) {
        id = keys.size();
        keyIds.put(key, id);
        keys.add(key);
      }
      keyOfOrd[ord] = id;
    }
    int keyCount = keys.size();
    int[] ordStart = new int[keyCount + 1];
    for (int k : keyOfOrd) {
      ordStart[k + 1]++;
    }
    for (int k = 0; k < keyCount; k++) {
      ordStart[k + 1] += ordStart[k];
    }
    int[] fill = ordStart.clone();
    int[] ordsByKey = new int[valueCount];
    for (int g = 0; g < valueCount; g++) {
      ordsByKey[fill[keyOfOrd[g]]++] = g;
    }
    List<LeafReaderContext> leaves = reader.leaves();
    int[][] keyOfSegmentOrd = new int[leaves.size()][];
    int[][] keyStartOfSegmentOrd = new int[leaves.size()][];
    FixedBitSet seen = new FixedBitSet(Math.max(1, keyCount));
    for (int l = 0; l < leaves.size(); l++) {
      SortedSetDocValues dv = DocValues.getSortedSet(leaves.get(l).reader(), field);
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(l);
      int[] keysOfLeaf = new int[Math.toIntExact(dv.getValueCount())];
      int[] keyStart = new int[keysOfLeaf.length];
      seen.clear();
      for (int so = 0; so < keysOfLeaf.length; so++) {
        int k = keyOfOrd[(int) global.get(so)];
        keysOfLeaf[so] = k;
        if (keyStart == null) {
          continue;
        }
        if (so > 0 && keysOfLeaf[so - 1] == k) {
          keyStart[so] = keyStart[so - 1];
        } else if (!seen.getAndSet(k)) {
          keyStart[so] = so;
        } else {
          keyStart = null; // a key's ordinals are not consecutive in this leaf
        }
      }
      keyOfSegmentOrd[l] = keysOfLeaf;
      keyStartOfSegmentOrd[l] = keyStart;
    }
    return new EntityOrdinals(type, field, map, valueCount, keyOfOrd, keys.toArray(String[]::new),
        keyIds, ordStart, ordsByKey, keyOfSegmentOrd, keyStartOfSegmentOrd);
  }

  int keyCount() {
    return keys.length;
  }

  /** The id of {@code key}, or -1 if no document has it. */
  int keyId(String key) {
    Integer id = keyIds.get(key);
    return id == null ? -1 : id;
  }

  /** Maps the ordinals of leaf {@code leafIndex} to global ordinals. */
  LongValues globalOrds(int leafIndex) {
    return ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(leafIndex);
  }

  /** The key id of each segment ordinal of leaf {@code leafIndex}. */
  int[] keysOfLeaf(int leafIndex) {
    return keyOfSegmentOrd[leafIndex];
  }

  SortedSetDocValues values(LeafReaderContext leaf) throws IOException {
    return DocValues.getSortedSet(leaf.reader(), field);
  }

  /** The display name (the text after the separator) of global ordinal {@code g}. */
  String name(List<LeafReaderContext> leaves, int g) throws IOException {
    int segment = ordinalMap == null ? 0 : ordinalMap.getFirstSegmentNumber(g);
    long segmentOrd = ordinalMap == null ? g : ordinalMap.getFirstSegmentOrd(g);
    String value = values(leaves.get(segment)).lookupOrd(segmentOrd).utf8ToString();
    int sep = value.indexOf(Schema.KEY_NAME_SEPARATOR);
    return sep < 0 ? value : value.substring(sep + 1);
  }

  /**
   * The name most counted in {@code ordCounts} among key {@code k}'s ordinals (ties by name); the
   * key if none is counted.
   */
  String displayName(List<LeafReaderContext> leaves, int k, int[] ordCounts) throws IOException {
    String best = null;
    int bestCount = 0;
    for (int i = ordStart[k]; i < ordStart[k + 1]; i++) {
      int g = ordsByKey[i];
      int c = ordCounts[g];
      if (c == 0 || c < bestCount) {
        continue;
      }
      String name = name(leaves, g);
      if (c > bestCount || name.compareTo(best) < 0) {
        best = name;
        bestCount = c;
      }
    }
    return best == null ? keys[k] : best;
  }

  private volatile Counts allCounts;

  /**
   * The counts over {@code hits}; cached when {@code hits} holds every live document of {@code
   * reader}. The result must not be modified.
   */
  Counts counts(IndexReader reader, FixedBitSet hits) throws IOException {
    if (hits.cardinality() != reader.numDocs()) {
      return count(reader, hits);
    }
    Counts all = allCounts;
    if (all == null) {
      all = count(reader, hits);
      allCounts = all;
    }
    return all;
  }

  /** Documents naming each key among {@code hits}; must not be modified. */
  int[] articles(IndexReader reader, FixedBitSet hits) throws IOException {
    return counts(reader, hits).articles;
  }

  /** Per-query counts over a set of documents. */
  final class Counts {
    /** Documents naming each key. */
    final int[] articles = new int[keys.length];
    /** Documents with each global ordinal (key and name). */
    final int[] ordCounts = new int[valueCount];
  }

  /**
   * Counts, per key and per ordinal, the documents set in {@code docs}. Like Lucene's sorted-set
   * facet counts, each leaf's documents are counted into an array of segment ordinals that is then
   * mapped to global ordinals and keys once; when a leaf has few documents set compared to its
   * ordinals, they are counted into the global arrays directly. A document naming a key under two
   * names counts once for the key: it is found as a second ordinal of the same key's consecutive
   * range among the document's (ascending) ordinals.
   */
  Counts count(IndexReader reader, FixedBitSet docs) throws IOException {
    Counts counts = new Counts();
    if (valueCount == 0) {
      return counts;
    }
    int[] duplicates = null; // per key, documents counted once too often
    long[] bits = docs.getBits();
    List<LeafReaderContext> leaves = reader.leaves();
    for (int l = 0; l < leaves.size(); l++) {
      LeafReaderContext leaf = leaves.get(l);
      int base = leaf.docBase;
      int end = Math.min(base + leaf.reader().maxDoc(), docs.length());
      int set = cardinality(bits, base, end);
      if (set == 0) {
        continue;
      }
      int[] keyStart = keyStartOfSegmentOrd[l];
      if (keyStart == null) {
        countWithoutRanges(leaf, l, docs, counts);
        continue;
      }
      SortedSetDocValues dv = values(leaf);
      int[] keyOf = keyOfSegmentOrd[l];
      LongValues global = globalOrds(l);
      boolean sparse = ordinalMap != null && set < keyOf.length / 10;
      int[] segmentCounts = sparse ? null : new int[keyOf.length];
      for (int word = base >>> 6, lastWord = (end - 1) >>> 6; word <= lastWord; word++) {
        long w = bits[word];
        if (word == base >>> 6) {
          w &= -1L << base; // shifts count modulo 64
        }
        if (word == lastWord) {
          w &= -1L >>> (63 - ((end - 1) & 63));
        }
        while (w != 0) {
          int doc = (word << 6) + Long.numberOfTrailingZeros(w) - base;
          w &= w - 1;
          if (!dv.advanceExact(doc)) {
            continue;
          }
          int previous = -1;
          for (int i = 0, n = dv.docValueCount(); i < n; i++) {
            int ord = (int) dv.nextOrd();
            if (sparse) {
              counts.ordCounts[(int) global.get(ord)]++;
              counts.articles[keyOf[ord]]++;
            } else {
              segmentCounts[ord]++;
            }
            if (previous >= keyStart[ord]) {
              if (duplicates == null) {
                duplicates = new int[keys.length];
              }
              duplicates[keyOf[ord]]++;
            }
            previous = ord;
          }
        }
      }
      if (!sparse) {
        for (int ord = 0; ord < segmentCounts.length; ord++) {
          int c = segmentCounts[ord];
          if (c > 0) {
            counts.ordCounts[(int) global.get(ord)] += c;
            counts.articles[keyOf[ord]] += c;
          }
        }
      }
    }
    if (duplicates != null) {
      for (int k = 0; k < duplicates.length; k++) {
        counts.articles[k] -= duplicates[k];
      }
    }
    return counts;
  }

  /** The number of bits set in {@code [from, to)}. */
  static int cardinality(long[] bits, int from, int to) {
    if (from >= to) {
      return 0;
    }
    int first = from >>> 6;
    int last = (to - 1) >>> 6;
    if (first == last) {
      return Long.bitCount(bits[first] & (-1L << from) & (-1L >>> (63 - ((to - 1) & 63))));
    }
    int count = Long.bitCount(bits[first] & (-1L << from));
    for (int word = first + 1; word < last; word++) {
      count += Long.bitCount(bits[word]);
    }
    return count + Long.bitCount(bits[last] & (-1L >>> (63 - ((to - 1) & 63))));
  }

  /**
   * Counts leaf {@code l} for {@link #count} when a key's ordinals are not consecutive there,
   * de-duplicating keys per document with the last document counted for each key.
   */
  private void countWithoutRanges(LeafReaderContext leaf, int l, FixedBitSet docs, Counts counts)
      throws IOException {
    SortedSetDocValues dv = values(leaf);
    int[] keyOf = keyOfSegmentOrd[l];
    LongValues global = globalOrds(l);
    int[] lastDoc = new int[keys.length];
    java.util.Arrays.fill(lastDoc, -1);
    int end = leaf.docBase + leaf.reader().maxDoc();
    for (int doc = FacetCounter.nextHit(docs, leaf.docBase); doc < end;
        doc = FacetCounter.nextHit(docs, doc + 1)) {
      if (!dv.advanceExact(doc - leaf.docBase)) {
        continue;
      }
      for (int i = 0, n = dv.docValueCount(); i < n; i++) {
        int ord = (int) dv.nextOrd();
        counts.ordCounts[(int) global.get(ord)]++;
        int k = keyOf[ord];
        if (lastDoc[k] != doc) {
          lastDoc[k] = doc;
          counts.articles[k]++;
        }
      }
    }
  }
}
