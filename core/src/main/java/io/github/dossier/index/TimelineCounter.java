package io.github.dossier.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Computes {@link Timeline}s from the postings of the entity-key fields (term frequency = mentions
 * in the article) and the publication doc values.
 */
final class TimelineCounter {
  private TimelineCounter() {}

  static Timeline timeline(
      IndexSearcher searcher, List<EntityId> entities, FixedBitSet hits, DateInterval interval,
      Optional<Instant> from, Optional<Instant> to)
      throws IOException {
    long lo = from.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
    long hi = to.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    if (from.isEmpty() || to.isEmpty()) {
      // an open end: the buckets reach the earliest (latest) counted article of any entity
      for (EntityId entity : entities) {
        Occurrences range = new Occurrences(null);
        count(searcher, entity, hits, lo, hi, range);
        min = Math.min(min, range.min);
        max = Math.max(max, range.max);
      }
    }
    DateBuckets buckets = DateBuckets.of(interval, from, to, min, max);
    long[] bounds = new long[buckets.size() + 1];
    for (int i = 0; i < buckets.size(); i++) {
      bounds[i] = buckets.start(i).toEpochMilli();
    }
    if (buckets.size() > 0) {
      bounds[buckets.size()] = buckets.end(buckets.size() - 1).toEpochMilli();
    }
    List<TimelineSeries> series = new ArrayList<>();
    for (EntityId id : entities) {
      Occurrences counted = new Occurrences(bounds);
      count(searcher, id, hits, lo, hi, counted);
      List<TimelinePoint> points = new ArrayList<>(buckets.size());
      for (int i = 0; i < buckets.size(); i++) {
        points.add(new TimelinePoint(buckets.label(i), buckets.start(i), buckets.end(i),
            counted.articles[i], counted.mentions[i]));
      }
      series.add(new TimelineSeries(id, EntityNames.displayName(searcher, id, hits),
          counted.totalArticles, counted.totalMentions, points));
    }
    return new Timeline(interval, series);
  }

  /**
   * Articles and mentions of one entity per bucket, the buckets given by their bounds in epoch
   * milliseconds ({@code bounds[i]} to {@code bounds[i + 1]}, end excluded); without bounds, only
   * the range of the dates seen.
   */
  private static final class Occurrences {
    final long[] bounds;
    final long[] articles;
    final long[] mentions;
    long totalArticles;
    long totalMentions;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;

    Occurrences(long[] bounds) {
      this.bounds = bounds;
      int size = bounds == null ? 0 : Math.max(0, bounds.length - 1);
      articles = new long[size];
      mentions = new long[size];
    }

    /** Whether an article published at {@code millis} is counted; then counts it. */
    boolean counts(long millis) {
      if (bounds == null) {
        min = Math.min(min, millis);
        max = Math.max(max, millis);
        return false;
      }
      return millis >= bounds[0] && millis < bounds[bounds.length - 1];
    }

    void add(long millis, int freq) {
      int i = Arrays.binarySearch(bounds, millis);
      int bucket = i >= 0 ? i : -i - 2;
      articles[bucket]++;
      mentions[bucket] += freq;
      totalArticles++;
      totalMentions += freq;
    }
  }

  /**
   * Counts into {@code into} the dated articles among {@code hits}, published in {@code [lo, hi]},
   * naming {@code entity}; the mention count (term frequency) is read only for articles counted.
   */
  private static void count(
      IndexSearcher searcher, EntityId entity, FixedBitSet hits, long lo, long hi, Occurrences into)
      throws IOException {
    BytesRef term = new BytesRef(entity.key());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PostingsEnum postings = EntityPostings.of(leaf.reader(), entity.type(), term,
          into.bounds == null ? PostingsEnum.NONE : PostingsEnum.FREQS);
      if (postings == null) {
        continue;
      }
      NumericDocValues published = DocValues.getNumeric(leaf.reader(), Schema.PUBLISHED);
      int base = leaf.docBase;
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (hits.get(base + doc) && published.advanceExact(doc)) {
          long millis = published.longValue();
          if (millis >= lo && millis <= hi && into.counts(millis)) {
            into.add(millis, postings.freq());
          }
        }
      }
    }
  }
}
