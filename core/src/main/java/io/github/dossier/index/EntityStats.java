package io.github.dossier.index;

import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.NameNormalizer;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts entities over sets of articles, from the index structures rather than the stored
 * articles: article and mention counts from the postings of the entity-key fields (document
 * frequency and term frequency), display names from the entity doc values. See {@link Strategy}.
 */
final class EntityStats {
  private static final Set<String> TAGGED_ONLY = Set.of(Schema.TAGGED);

  private EntityStats() {}

  /** Per-key tallies. */
  private static final class Tally {
    long articles;
    long mentions;
    final Map<String, Long> names = new HashMap<>();
  }

  /** How entity counts are gathered; both give the same result. */
  enum Strategy {
    /** {@link #PER_DOCUMENT} when the matching articles are few, else {@link #POSTINGS}. */
    AUTO,
    /**
     * Walk every key's postings, counting the matching documents and their term frequencies; with
     * all articles matching and no deletions, just read each key's docFreq and totalTermFreq.
     */
    POSTINGS,
    /**
     * For each matching document, read its entity keys from doc values and each key's term
     * frequency from its postings.
     */
    PER_DOCUMENT,
    /**
     * Count articles per key over the cached {@link EntityOrdinals global ordinals} of the entity
     * doc values, then read the mention counts of the top keys (and of keys tied with the last)
     * from their postings.
     */
    ORDINALS
  }

  /** With AUTO, PER_DOCUMENT is used when at most 1 in this many documents match. */
  static final int SPARSE_RATIO = 16;

  /**
   * The {@code n} entities of {@code type} named in the most articles matching {@code query}; ties
   * by more mentions, then by name, then by key.
   */
  static List<EntityCount> top(IndexSearcher searcher, EntityType type, Query query, int n)
      throws IOException {
    return top(searcher, type, query, n, Strategy.AUTO);
  }

  static List<EntityCount> top(
      IndexSearcher searcher, EntityType type, Query query, int n, Strategy strategy)
      throws IOException {
    if (n == 0) {
      return List.of();
    }
    int maxDoc = searcher.getIndexReader().maxDoc();
    FixedBitSet hits = searcher.search(query, new BitSetCollectorManager(maxDoc));
    return top(searcher, type, hits, n, strategy);
  }

  /** The top {@code n} entities of {@code type} over the articles whose doc ids are set in {@code hits}. */
  static List<EntityCount> top(
      IndexSearcher searcher, EntityType type, FixedBitSet hits, int n, Strategy strategy)
      throws IOException {
    if (n == 0) {
      return List.of();
    }
    if (strategy == Strategy.AUTO || strategy == Strategy.ORDINALS) {
      return topByOrdinals(searcher, type, hits, n);
    }
    int maxDoc = searcher.getIndexReader().maxDoc();
    int hitCount = hits.cardinality();
    boolean all = hitCount == searcher.getIndexReader().numDocs();
    boolean perDocument =
        strategy == Strategy.PER_DOCUMENT
            || strategy == Strategy.AUTO && (long) hitCount * SPARSE_RATIO <= maxDoc;
    Map<String, Tally> tallies = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      if (perDocument) {
        countPerDocument(leaf, type, hits, tallies);
      } else {
        countPostings(leaf, type, hits, all && leaf.reader().getLiveDocs() == null, tallies);
        countNames(leaf, type, hits, tallies);
      }
    }
    return tallies.entrySet().stream()
        .map(e -> new EntityCount(type, e.getKey(), displayName(e.getKey(), e.getValue().names),
            e.getValue().articles, e.getValue().mentions))
        .filter(c -> c.articles() > 0)
        .sorted(Comparator.comparingLong(EntityCount::articles).reversed()
            .thenComparing(Comparator.comparingLong(EntityCount::mentions).reversed())
            .thenComparing(EntityCount::name)
            .thenComparing(EntityCount::key))
        .limit(n)
        .toList();
  }

  private static List<EntityCount> topByOrdinals(
      IndexSearcher searcher, EntityType type, FixedBitSet hits, int n) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    EntityOrdinals ordinals = EntityOrdinals.of(reader, type);
    EntityOrdinals.Counts counts = ordinals.counts(reader, hits);
    int threshold = Math.max(1, nthLargest(counts.articles, n));
    boolean all = hits.cardinality() == reader.numDocs();
    List<Integer> chosen = new ArrayList<>();
    for (int k = 0; k < counts.articles.length; k++) {
      if (counts.articles[k] >= threshold && counts.articles[k] > 0) {
        chosen.add(k);
      }
    }
    List<String> keys = chosen.stream().map(k -> ordinals.keys[k]).toList();
    long[] mentions = mentions(reader, type, keys, hits, all);
    List<EntityCount> top = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      int k = chosen.get(i);
      top.add(new EntityCount(type, keys.get(i), ordinals.displayName(reader.leaves(), k, counts.ordCounts),
          counts.articles[k], mentions[i]));
    }
    top.sort(RANKING);
    return top.size() > n ? List.copyOf(top.subList(0, n)) : List.copyOf(top);
  }

  /** The {@code n}-th largest of {@code values} (0 if there are fewer than {@code n}). */
  static int nthLargest(int[] values, int n) {
    int[] heap = new int[n]; // a min-heap of the n largest so far
    int size = 0;
    for (int v : values) {
      if (size < n) {
        int i = size++;
        heap[i] = v;
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
          int parent = (i - 1) / 2;
          int t = heap[parent];
          heap[parent] = heap[i];
          heap[i] = t;
          i = parent;
        }
      } else if (v > heap[0]) {
        heap[0] = v;
        int i = 0;
        while (true) {
          int l = 2 * i + 1;
          int r = l + 1;
          int m = i;
          if (l < n && heap[l] < heap[m]) {
            m = l;
          }
          if (r < n && heap[r] < heap[m]) {
            m = r;
          }
          if (m == i) {
            break;
          }
          int t = heap[m];
          heap[m] = heap[i];
          heap[i] = t;
          i = m;
        }
      }
    }
    return size < n ? 0 : heap[0];
  }

  /** Articles, then mentions (both descending), then name, then key. */
  static final Comparator<EntityCount> RANKING =
      Comparator.comparingLong(EntityCount::articles).reversed()
          .thenComparing(Comparator.comparingLong(EntityCount::mentions).reversed())
          .thenComparing(EntityCount::name)
          .thenComparing(EntityCount::key);

  /**
   * The mentions of each of {@code keys} in the documents of {@code hits} ({@code all}: every live
   * one), leapfrogging between each key's postings and the hits.
   */
  static long[] mentions(IndexReader reader, EntityType type, List<String> keys, FixedBitSet hits,
      boolean all) throws IOException {
    long[] mentions = new long[keys.size()];
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      TermsEnum te = EntityPostings.keys(leaf.reader(), type);
      if (te == null) {
        continue;
      }
      boolean allOfLeaf = all && leaf.reader().getLiveDocs() == null;
      int base = leaf.docBase;
      int maxDoc = leaf.reader().maxDoc();
      for (int i = 0; i < mentions.length; i++) {
        if (!te.seekExact(new BytesRef(keys.get(i)))) {
          continue;
        }
        if (allOfLeaf) {
          mentions[i] += te.totalTermFreq();
          continue;
        }
        postings = te.postings(postings, PostingsEnum.FREQS);
        int doc = postings.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
          if (hits.get(base + doc)) {
            mentions[i] += postings.freq();
            doc = postings.nextDoc();
          } else {
            int next = FacetCounter.nextHit(hits, base + doc);
            if (next >= base + maxDoc) {
              break;
            }
            doc = postings.advance(next - base);
          }
        }
      }
    }
    return mentions;
  }

  private static void countPostings(
      LeafReaderContext leaf, EntityType type, FixedBitSet hits, boolean allDocs,
      Map<String, Tally> tallies)
      throws IOException {
    TermsEnum te = EntityPostings.keys(leaf.reader(), type);
    if (te == null) {
      return;
    }
    PostingsEnum postings = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      if (allDocs) {
        Tally t = tallies.computeIfAbsent(term.utf8ToString(), k -> new Tally());
        t.articles += te.docFreq();
        t.mentions += te.totalTermFreq();
        continue;
      }
      postings = te.postings(postings, PostingsEnum.FREQS);
      long articles = 0;
      long mentions = 0;
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (hits.get(leaf.docBase + doc)) {
          articles++;
          mentions += postings.freq();
        }
      }
      if (articles > 0) {
        Tally t = tallies.computeIfAbsent(term.utf8ToString(), k -> new Tally());
        t.articles += articles;
        t.mentions += mentions;
      }
    }
  }

  private static void countNames(
      LeafReaderContext leaf, EntityType type, FixedBitSet hits, Map<String, Tally> tallies)
      throws IOException {
    SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), Schema.facet(type));
    long valueCount = dv.getValueCount();
    if (valueCount == 0) {
      return;
    }
    int[] counts = new int[Math.toIntExact(valueCount)];
    int maxDoc = leaf.reader().maxDoc();
    int from = leaf.docBase;
    int to = leaf.docBase + maxDoc;
    int hit = from < hits.length() ? hits.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
    while (hit < to) {
      if (dv.advanceExact(hit - from)) {
        for (int i = 0; i < dv.docValueCount(); i++) {
          counts[(int) dv.nextOrd()]++;
        }
      }
      hit = hit + 1 < hits.length() ? hits.nextSetBit(hit + 1) : DocIdSetIterator.NO_MORE_DOCS;
    }
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) {
        String value = dv.lookupOrd(ord).utf8ToString();
        int sep = value.indexOf(Schema.KEY_NAME_SEPARATOR);
        Tally t = tallies.get(value.substring(0, sep));
        if (t != null) {
          t.names.merge(value.substring(sep + 1), (long) counts[ord], Long::sum);
        }
      }
    }
  }

  private static void countPerDocument(
      LeafReaderContext leaf, EntityType type, FixedBitSet hits, Map<String, Tally> tallies)
      throws IOException {
    TermsEnum te = EntityPostings.keys(leaf.reader(), type);
    if (te == null) {
      return;
    }
    PostingsEnum postings = null;
    SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), Schema.facet(type));
    Map<Long, String[]> values = new HashMap<>(); // ord -> {key, name}
    Set<String> keysOfDoc = new HashSet<>();
    int from = leaf.docBase;
    int to = leaf.docBase + leaf.reader().maxDoc();
    int hit = from < hits.length() ? hits.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
    while (hit < to) {
      int doc = hit - from;
      if (dv.advanceExact(doc)) {
        keysOfDoc.clear();
        for (int i = 0; i < dv.docValueCount(); i++) {
          long ord = dv.nextOrd();
          String[] keyAndName = values.get(ord);
          if (keyAndName == null) {
            String value = dv.lookupOrd(ord).utf8ToString();
            int sep = value.indexOf(Schema.KEY_NAME_SEPARATOR);
            keyAndName = new String[] {value.substring(0, sep), value.substring(sep + 1)};
            values.put(ord, keyAndName);
          }
          Tally t = tallies.computeIfAbsent(keyAndName[0], k -> new Tally());
          t.names.merge(keyAndName[1], 1L, Long::sum);
          if (keysOfDoc.add(keyAndName[0]) && te.seekExact(new BytesRef(keyAndName[0]))) {
            postings = te.postings(postings, PostingsEnum.FREQS);
            if (postings.advance(doc) == doc) {
              t.articles++;
              t.mentions += postings.freq();
            }
          }
        }
      }
      hit = hit + 1 < hits.length() ? hits.nextSetBit(hit + 1) : DocIdSetIterator.NO_MORE_DOCS;
    }
  }

  /** The most used of {@code names} (ties by name); the key itself if there is none. */
  private static String displayName(String key, Map<String, Long> names) {
    return names.entrySet().stream()
        .min(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(key);
  }

  /**
   * What the index knows about the entity of {@code type} (any type if null) whose key, canonical
   * name or a mention form normalizes like {@code name}; if several match, the one in most
   * articles.
   */
  static Optional<EntityInfo> lookup(IndexSearcher searcher, EntityType type, String name)
      throws IOException {
    String normalized = NameNormalizer.normalize(name);
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    Optional<EntityInfo> best = Optional.empty();
    for (EntityType t : type == null ? EntityType.values() : new EntityType[] {type}) {
      Optional<String> key = resolveKey(searcher, t, normalized);
      if (key.isPresent()) {
        EntityInfo info = info(searcher, t, key.get());
        if (info.articles() > 0 && (best.isEmpty() || info.articles() > best.get().articles())) {
          best = Optional.of(info);
        }
      }
    }
    return best;
  }

  /** The key itself if indexed; else the key most articles give the entity named {@code normalized}. */
  private static Optional<String> resolveKey(IndexSearcher searcher, EntityType type, String normalized)
      throws IOException {
    if (searcher.count(new TermQuery(new Term(Schema.keys(type), normalized))) > 0) {
      return Optional.of(normalized);
    }
    TopDocs docs = searcher.search(new TermQuery(new Term(Schema.exact(type), normalized)), 1000);
    Map<String, Integer> keys = new HashMap<>();
    for (ScoreDoc sd : docs.scoreDocs) {
      for (Entity e : tagged(searcher, sd.doc).entities(type)) {
        boolean named = NameNormalizer.normalize(e.name()).equals(normalized)
            || e.mentions().stream().anyMatch(m -> NameNormalizer.normalize(m.text()).equals(normalized));
        if (named) {
          keys.merge(e.key(), 1, Integer::sum);
        }
      }
    }
    return keys.entrySet().stream()
        .min(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  private static EntityInfo info(IndexSearcher searcher, EntityType type, String key)
      throws IOException {
    long articles = 0;
    long mentions = 0;
    Map<String, Long> forms = new HashMap<>();
    Map<String, Long> names = new HashMap<>();
    BytesRef term = new BytesRef(key);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PostingsEnum postings = EntityPostings.of(leaf.reader(), type, term, PostingsEnum.FREQS);
      if (postings == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        articles++;
        mentions += postings.freq();
        for (Entity e : tagged(searcher, leaf.docBase + doc).entities(type)) {
          if (e.key().equals(key)) {
            names.merge(e.name(), 1L, Long::sum);
            for (Mention m : e.mentions()) {
              forms.merge(m.text(), 1L, Long::sum);
            }
          }
        }
      }
    }
    Map<String, Long> sortedForms = new LinkedHashMap<>();
    forms.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sortedForms.put(e.getKey(), e.getValue()));
    return new EntityInfo(type, key, displayName(key, names), articles, mentions, sortedForms);
  }

  private static TaggedText tagged(IndexSearcher searcher, int doc) throws IOException {
    return ArticleDocuments.tagged(searcher.storedFields().document(doc, TAGGED_ONLY));
  }
}
