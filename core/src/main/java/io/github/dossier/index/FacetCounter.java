package io.github.dossier.index;

import io.github.dossier.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;

/**
 * Computes {@link Facets} over a set of matching documents: entity counts from {@link
 * EntityStats}, source counts from the source's sorted doc values, the date histogram from the
 * publication's numeric doc values. Nothing is read from stored fields.
 */
final class FacetCounter {
  private FacetCounter() {}

  static Facets facets(IndexSearcher searcher, FixedBitSet hits, FacetOptions options)
      throws IOException {
    Map<EntityType, List<EntityCount>> entities = new EnumMap<>(EntityType.class);
    if (options.entities() > 0) {
      for (EntityType type : EntityType.values()) {
        entities.put(type, EntityStats.top(
            searcher, type, hits, options.entities(), EntityStats.Strategy.AUTO));
      }
    }
    List<SourceCount> sources = options.sources() > 0 ? sources(searcher, hits, options.sources()) : List.of();
    long[] undated = new long[1];
    List<DateCount> dates = histogram(searcher, hits, options, undated);
    return new Facets(hits.cardinality(), entities, sources, options.interval(), dates, undated[0]);
  }

  /** The first set bit of {@code hits} at or after {@code from}, or NO_MORE_DOCS. */
  static int nextHit(FixedBitSet hits, int from) {
    return from < hits.length() ? hits.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
  }

  private static List<SourceCount> sources(IndexSearcher searcher, FixedBitSet hits, int n)
      throws IOException {
    Map<String, Long> counts = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues dv = DocValues.getSorted(leaf.reader(), Schema.SOURCE);
      int valueCount = dv.getValueCount();
      if (valueCount == 0) {
        continue;
      }
      int[] perOrd = new int[valueCount];
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (int hit = nextHit(hits, leaf.docBase); hit < end; hit = nextHit(hits, hit + 1)) {
        if (dv.advanceExact(hit - leaf.docBase)) {
          perOrd[dv.ordValue()]++;
        }
      }
      for (int ord = 0; ord < valueCount; ord++) {
        if (perOrd[ord] > 0) {
          counts.merge(dv.lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .map(e -> new SourceCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(SourceCount::articles).reversed()
            .thenComparing(SourceCount::source))
        .limit(n)
        .toList();
  }

  /**
   * The zero-filled article histogram of {@code hits}; {@code undated[0]} receives the number of
   * hits without a date.
   */
  private static List<DateCount> histogram(
      IndexSearcher searcher, FixedBitSet hits, FacetOptions options, long[] undated)
      throws IOException {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    boolean bounded = options.from().isPresent() && options.to().isPresent();
    long dated = 0;
    if (!bounded) {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.PUBLISHED);
        int end = leaf.docBase + leaf.reader().maxDoc();
        for (int hit = nextHit(hits, leaf.docBase); hit < end; hit = nextHit(hits, hit + 1)) {
          if (dv.advanceExact(hit - leaf.docBase)) {
            long v = dv.longValue();
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
      }
    }
    DateBuckets buckets = DateBuckets.of(options.interval(), options.from(), options.to(), min, max);
    long[] counts = new long[buckets.size()];
    long lo = options.from().map(i -> i.toEpochMilli()).orElse(Long.MIN_VALUE);
    long hi = options.to().map(i -> i.toEpochMilli()).orElse(Long.MAX_VALUE);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.PUBLISHED);
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (int hit = nextHit(hits, leaf.docBase); hit < end; hit = nextHit(hits, hit + 1)) {
        if (dv.advanceExact(hit - leaf.docBase)) {
          dated++;
          long v = dv.longValue();
          if (v >= lo && v <= hi) {
            int i = buckets.indexOf(v);
            if (i >= 0) {
              counts[i]++;
            }
          }
        }
      }
    }
    undated[0] = hits.cardinality() - dated;
    List<DateCount> result = new ArrayList<>(counts.length);
    for (int i = 0; i < counts.length; i++) {
      result.add(buckets.count(i, counts[i]));
    }
    return result;
  }
}
