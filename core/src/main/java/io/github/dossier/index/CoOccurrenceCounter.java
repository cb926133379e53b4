package io.github.dossier.index;

import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts co-occurrences of entities, at article level from the entity doc values and postings, at
 * sentence level from the stored tagged text; scores them with {@link AssociationScores}.
 */
final class CoOccurrenceCounter {
  private static final Set<String> TAGGED_ONLY = Set.of(Schema.TAGGED);

  private CoOccurrenceCounter() {}

  /** Per-entity tallies. */
  private static final class Tally {
    long together;
    long occurrences;
    final Map<String, Long> names = new HashMap<>();
    double pmi;
    double logLikelihood;
  }

  static CoOccurrences cooccurrences(
      IndexSearcher searcher, FixedBitSet hits, EntityId target, CoOccurrenceLevel level, int n)
      throws IOException {
    FixedBitSet targetDocs = docsNaming(searcher, target, hits);
    if (level == CoOccurrenceLevel.ARTICLE) {
      return articleLevel(searcher, hits, targetDocs, target, n);
    }
    Map<EntityId, Tally> tallies = new HashMap<>();
    long[] counts = new long[2];
    Map<String, Long> targetNames = new HashMap<>();
    countSentences(searcher, targetDocs, target, tallies, counts, targetNames);
    long units = counts[0];
    long occurrences = counts[1];
    String name = best(targetNames, target.key());
    long a = occurrences;
    long total = units;
    List<Map.Entry<EntityId, Tally>> ranked = new ArrayList<>();
    for (Map.Entry<EntityId, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      if (t.together > 0) {
        t.pmi = AssociationScores.pmi(t.together, a, t.occurrences, total);
        t.logLikelihood = AssociationScores.logLikelihood(t.together, a, t.occurrences, total);
        ranked.add(e);
      }
    }
    ranked.sort(Comparator.comparingDouble((Map.Entry<EntityId, Tally> e) -> e.getValue().logLikelihood)
        .reversed()
        .thenComparing(Comparator.comparingLong((Map.Entry<EntityId, Tally> e) -> e.getValue().together)
            .reversed())
        .thenComparing(e -> e.getKey().key())
        .thenComparing(e -> e.getKey().type()));
    List<Association> associations = new ArrayList<>();
    for (Map.Entry<EntityId, Tally> e : ranked.subList(0, Math.min(n, ranked.size()))) {
      Tally t = e.getValue();
      associations.add(new Association(e.getKey(), best(t.names, e.getKey().key()), t.together,
          t.occurrences, t.pmi, t.logLikelihood));
    }
    return new CoOccurrences(target, name, level, units, occurrences, associations);
  }

  /** The documents among {@code hits} naming {@code entity}. */
  static FixedBitSet docsNaming(IndexSearcher searcher, EntityId entity, FixedBitSet hits)
      throws IOException {
    FixedBitSet docs = new FixedBitSet(hits.length());
    BytesRef term = new BytesRef(entity.key());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PostingsEnum postings = EntityPostings.of(leaf.reader(), entity.type(), term, PostingsEnum.NONE);
      if (postings == null) {
        continue;
      }
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (hits.get(leaf.docBase + doc)) {
          docs.set(leaf.docBase + doc);
        }
      }
    }
    return docs;
  }

  /**
   * Article level, over the cached ordinals: for each type, the articles of {@code targetDocs}
   * and of {@code hits} naming each key; every co-occurring key is scored, the best {@code n} are
   * kept in a bounded heap, and names are looked up for those only.
   */
  private static CoOccurrences articleLevel(
      IndexSearcher searcher, FixedBitSet hits, FixedBitSet targetDocs, EntityId target, int n)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    long units = hits.cardinality();
    long a = targetDocs.cardinality();
    String targetName = target.key();
    EntityType[] types = EntityType.values();
    EntityOrdinals[] ordinals = new EntityOrdinals[types.length];
    int[][] ordCounts = new int[types.length][];
    Best best = new Best(n, ordinals);
    for (int t = 0; t < types.length; t++) {
      ordinals[t] = EntityOrdinals.of(reader, types[t]);
      EntityOrdinals.Counts together = ordinals[t].count(reader, targetDocs);
      ordCounts[t] = together.ordCounts;
      int[] articles = together.articles;
      int[] occurrences = null;
      int targetKey = types[t] == target.type() ? ordinals[t].keyId(target.key()) : -1;
      for (int k = 0; k < articles.length; k++) {
        long kk = articles[k];
        if (kk == 0) {
          continue;
        }
        if (k == targetKey) {
          targetName = ordinals[t].displayName(reader.leaves(), k, together.ordCounts);
          continue;
        }
        if (occurrences == null) {
          occurrences = ordinals[t].articles(reader, hits);
        }
        best.offer(t, k, kk, occurrences[k], AssociationScores.logLikelihood(kk, a, occurrences[k], units));
      }
    }
    List<Association> associations = new ArrayList<>(best.size);
    for (int i : best.ranked()) {
      EntityOrdinals o = ordinals[best.type[i]];
      int k = best.key[i];
      long together = best.together[i];
      long b = best.occurrences[i];
      associations.add(new Association(new EntityId(o.type, o.keys[k]),
          o.displayName(reader.leaves(), k, ordCounts[best.type[i]]),
          together, b, AssociationScores.pmi(together, a, b, units), best.logLikelihood[i]));
    }
    return new CoOccurrences(target, targetName, CoOccurrenceLevel.ARTICLE, units, a, associations);
  }

  /**
   * The best {@code n} co-occurring entities offered, by log-likelihood (highest first), then
   * together (most first), then key, then type: a bounded heap over parallel arrays whose root is
   * the worst entity kept.
   */
  private static final class Best {
    final int capacity;
    final EntityOrdinals[] ordinals;
    final int[] type;
    final int[] key;
    final long[] together;
    final long[] occurrences;
    final double[] logLikelihood;
    /** Heap of slot indices, worst first. */
    final int[] heap;
    int size;

    Best(int capacity, EntityOrdinals[] ordinals) {
      this.capacity = capacity;
      this.ordinals = ordinals;
      type = new int[capacity];
      key = new int[capacity];
      together = new long[capacity];
      occurrences = new long[capacity];
      logLikelihood = new double[capacity];
      heap = new int[capacity];
    }

    void offer(int t, int k, long kk, long b, double g2) {
      if (capacity == 0) {
        return;
      }
      if (size < capacity) {
        int slot = size++;
        set(slot, t, k, kk, b, g2);
        heap[slot] = slot;
        up(slot);
      } else if (compare(g2, kk, t, k, heap[0]) < 0) {
        set(heap[0], t, k, kk, b, g2);
        down(0);
      }
    }

    private void set(int slot, int t, int k, long kk, long b, double g2) {
      type[slot] = t;
      key[slot] = k;
      together[slot] = kk;
      occurrences[slot] = b;
      logLikelihood[slot] = g2;
    }

    /** Negative if the entity described ranks before the one in {@code slot}. */
    private int compare(double g2, long kk, int t, int k, int slot) {
      int c = Double.compare(logLikelihood[slot], g2);
      if (c == 0) {
        c = Long.compare(together[slot], kk);
      }
      if (c == 0) {
        c = ordinals[t].keys[k].compareTo(ordinals[type[slot]].keys[key[slot]]);
      }
      if (c == 0) {
        c = Integer.compare(t, type[slot]);
      }
      return c;
    }

    private int compareSlots(int x, int y) {
      return compare(logLikelihood[x], together[x], type[x], key[x], y);
    }

    private void up(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (compareSlots(heap[parent], heap[i]) >= 0) {
          break; // the parent ranks after (is worse than) the child, as it should
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void down(int i) {
      while (true) {
        int l = 2 * i + 1;
        int r = l + 1;
        int worst = i;
        if (l < size && compareSlots(heap[l], heap[worst]) > 0) {
          worst = l;
        }
        if (r < size && compareSlots(heap[r], heap[worst]) > 0) {
          worst = r;
        }
        if (worst == i) {
          return;
        }
        swap(i, worst);
        i = worst;
      }
    }

    private void swap(int i, int j) {
      int t = heap[i];
      heap[i] = heap[j];
      heap[j] = t;
    }

    /** The slots kept, best first. */
    int[] ranked() {
      Integer[] slots = new Integer[size];
      for (int i = 0; i < size; i++) {
        slots[i] = i;
      }
      Arrays.sort(slots, this::compareSlots);
      int[] ranked = new int[size];
      for (int i = 0; i < size; i++) {
        ranked[i] = slots[i];
      }
      return ranked;
    }
  }

  /**
   * Counts over the sentences of {@code targetDocs}: {@code counts[0]} sentences, {@code
   * counts[1]} sentences naming the target; per other entity, sentences naming it and naming both.
   */
  private static void countSentences(
      IndexSearcher searcher, FixedBitSet targetDocs, EntityId target, Map<EntityId, Tally> tallies,
      long[] counts, Map<String, Long> targetNames)
      throws IOException {
    for (int doc = FacetCounter.nextHit(targetDocs, 0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = FacetCounter.nextHit(targetDocs, doc + 1)) {
      TaggedText tagged = ArticleDocuments.tagged(searcher.storedFields().document(doc, TAGGED_ONLY));
      Map<EntityId, BitSet> sentences = sentencesByEntity(tagged, targetNames, target);
      BitSet withTarget = sentences.getOrDefault(target, new BitSet());
      counts[0] += tagged.sentences().size();
      counts[1] += withTarget.cardinality();
      for (Map.Entry<EntityId, BitSet> e : sentences.entrySet()) {
        if (e.getKey().equals(target)) {
          continue;
        }
        Tally t = tallies.computeIfAbsent(e.getKey(), k -> new Tally());
        t.occurrences += e.getValue().cardinality();
        BitSet both = (BitSet) e.getValue().clone();
        both.and(withTarget);
        t.together += both.cardinality();
        for (Entity entity : tagged.entities()) {
          if (entity.type() == e.getKey().type() && entity.key().equals(e.getKey().key())) {
            t.names.merge(entity.name(), 1L, Long::sum);
          }
        }
      }
    }
  }

  /**
   * The sentences (by index, within range) each entity of {@code tagged} is named in; counts the
   * names the text gives {@code target} into {@code targetNames} (if not null).
   */
  static Map<EntityId, BitSet> sentencesByEntity(
      TaggedText tagged, Map<String, Long> targetNames, EntityId target) {
    Map<EntityId, BitSet> sentences = new LinkedHashMap<>();
    int count = tagged.sentences().size();
    for (Entity e : tagged.entities()) {
      EntityId id = new EntityId(e.type(), e.key());
      if (targetNames != null && id.equals(target)) {
        targetNames.merge(e.name(), 1L, Long::sum);
      }
      BitSet bits = sentences.computeIfAbsent(id, k -> new BitSet());
      for (Mention m : e.mentions()) {
        if (m.sentence() < count) {
          bits.set(m.sentence());
        }
      }
    }
    return sentences;
  }

  /** The most frequent of {@code names} (ties by name), else {@code fallback}. */
  static String best(Map<String, Long> names, String fallback) {
    return names.entrySet().stream()
        .min(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(fallback);
  }

  /** The co-occurrence network of {@code hits}: the top {@code maxNodes} entities and their pairs. */
  static Network network(
      IndexSearcher searcher, FixedBitSet hits, CoOccurrenceLevel level, int maxNodes, long minTogether)
      throws IOException {
    List<EntityCount> top = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      top.addAll(EntityStats.top(searcher, type, hits, maxNodes, EntityStats.Strategy.AUTO));
    }
    top.sort(Comparator.comparingLong(EntityCount::articles).reversed()
        .thenComparing(Comparator.comparingLong(EntityCount::mentions).reversed())
        .thenComparing(EntityCount::name)
        .thenComparing(EntityCount::key)
        .thenComparing(EntityCount::type));
    List<EntityCount> nodes = top.subList(0, Math.min(maxNodes, top.size()));
    int size = nodes.size();
    Map<EntityId, Integer> index = new HashMap<>();
    for (int i = 0; i < size; i++) {
      index.put(nodes.get(i).id(), i);
    }
    long[] occurrences = new long[size];
    long[] pairs = new long[size * size];
    long units;
    if (level == CoOccurrenceLevel.ARTICLE) {
      units = hits.cardinality();
      for (int i = 0; i < size; i++) {
        occurrences[i] = nodes.get(i).articles();
      }
      countArticlePairs(searcher, hits, index, pairs, size);
    } else {
      units = countSentencePairs(searcher, hits, index, occurrences, pairs, size);
    }
    List<NetworkNode> networkNodes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      EntityCount c = nodes.get(i);
      networkNodes.add(new NetworkNode(c.id(), c.name(), c.articles(), c.mentions(), occurrences[i]));
    }
    record Edge(int i, int j, NetworkEdge edge) {}
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        long k = pairs[i * size + j];
        if (k > 0 && k >= minTogether) {
          edges.add(new Edge(i, j, new NetworkEdge(nodes.get(i).id(), nodes.get(j).id(), k,
              AssociationScores.pmi(k, occurrences[i], occurrences[j], units),
              AssociationScores.logLikelihood(k, occurrences[i], occurrences[j], units))));
        }
      }
    }
    edges.sort(Comparator.comparingLong((Edge e) -> e.edge().together()).reversed()
        .thenComparing(Comparator.comparingDouble((Edge e) -> e.edge().logLikelihood()).reversed())
        .thenComparingInt(Edge::i)
        .thenComparingInt(Edge::j));
    return new Network(level, units, networkNodes, edges.stream().map(Edge::edge).toList());
  }

  private static void countArticlePairs(
      IndexSearcher searcher, FixedBitSet hits, Map<EntityId, Integer> index, long[] pairs, int size)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    EntityType[] types = EntityType.values();
    EntityOrdinals[] ordinals = new EntityOrdinals[types.length];
    int[][] nodeOfKey = new int[types.length][];
    for (int t = 0; t < types.length; t++) {
      ordinals[t] = EntityOrdinals.of(reader, types[t]);
      nodeOfKey[t] = new int[ordinals[t].keyCount()];
      Arrays.fill(nodeOfKey[t], -1);
    }
    for (Map.Entry<EntityId, Integer> e : index.entrySet()) {
      int t = e.getKey().type().ordinal();
      int k = ordinals[t].keyId(e.getKey().key());
      if (k >= 0) {
        nodeOfKey[t][k] = e.getValue();
      }
    }
    int[] present = new int[size];
    boolean[] seen = new boolean[size];
    List<LeafReaderContext> leaves = reader.leaves();
    for (int l = 0; l < leaves.size(); l++) {
      LeafReaderContext leaf = leaves.get(l);
      int end = leaf.docBase + leaf.reader().maxDoc();
      int first = FacetCounter.nextHit(hits, leaf.docBase);
      if (first >= end) {
        continue;
      }
      SortedSetDocValues[] dvs = new SortedSetDocValues[types.length];
      int[][] keyOf = new int[types.length][];
      for (int t = 0; t < types.length; t++) {
        dvs[t] = ordinals[t].values(leaf);
        keyOf[t] = ordinals[t].keysOfLeaf(l);
      }
      for (int hit = first; hit < end; hit = FacetCounter.nextHit(hits, hit + 1)) {
        int count = 0;
        for (int t = 0; t < types.length; t++) {
          SortedSetDocValues dv = dvs[t];
          if (!dv.advanceExact(hit - leaf.docBase)) {
            continue;
          }
          for (int i = 0, n = dv.docValueCount(); i < n; i++) {
            int node = nodeOfKey[t][keyOf[t][(int) dv.nextOrd()]];
            if (node >= 0 && !seen[node]) {
              seen[node] = true;
              present[count++] = node;
            }
          }
        }
        addPairs(present, count, seen, pairs, size);
      }
    }
  }

  /** Counts sentence pairs; returns the number of sentences of {@code hits}. */
  private static long countSentencePairs(
      IndexSearcher searcher, FixedBitSet hits, Map<EntityId, Integer> index, long[] occurrences,
      long[] pairs, int size)
      throws IOException {
    long units = 0;
    int[] present = new int[size];
    boolean[] seen = new boolean[size];
    for (int doc = FacetCounter.nextHit(hits, 0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = FacetCounter.nextHit(hits, doc + 1)) {
      TaggedText tagged = ArticleDocuments.tagged(searcher.storedFields().document(doc, TAGGED_ONLY));
      units += tagged.sentences().size();
      Map<Integer, List<Integer>> nodesBySentence = new HashMap<>();
      for (Map.Entry<EntityId, BitSet> e : sentencesByEntity(tagged, null, null).entrySet()) {
        Integer node = index.get(e.getKey());
        if (node == null) {
          continue;
        }
        BitSet bits = e.getValue();
        for (int s = bits.nextSetBit(0); s >= 0; s = bits.nextSetBit(s + 1)) {
          nodesBySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(node);
        }
      }
      for (List<Integer> nodes : nodesBySentence.values()) {
        int count = 0;
        for (int node : nodes) {
          if (!seen[node]) {
            seen[node] = true;
            present[count++] = node;
            occurrences[node]++;
          }
        }
        addPairs(present, count, seen, pairs, size);
      }
    }
    return units;
  }

  /** Adds 1 to every pair among {@code present[0..count)} and clears their {@code seen} marks. */
  private static void addPairs(int[] present, int count, boolean[] seen, long[] pairs, int size) {
    for (int x = 0; x < count; x++) {
      for (int y = x + 1; y < count; y++) {
        int i = Math.min(present[x], present[y]);
        int j = Math.max(present[x], present[y]);
        pairs[i * size + j]++;
      }
    }
    for (int x = 0; x < count; x++) {
      seen[present[x]] = false;
    }
  }
}
