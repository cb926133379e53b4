package io.github.dossier.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
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

  /** One matching (article, mentions, date) of an entity. */
  private record Occurrence(long millis, int mentions) {}

  static Timeline timeline(
      IndexSearcher searcher, List<EntityId> entities, FixedBitSet hits, DateInterval interval,
      Optional<Instant> from, Optional<Instant> to)
      throws IOException {
    long lo = from.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
    long hi = to.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    List<List<Occurrence>> occurrences = new ArrayList<>();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (EntityId entity : entities) {
      List<Occurrence> found = occurrences(searcher, entity, hits, lo, hi);
      for (Occurrence o : found) {
        min = Math.min(min, o.millis());
        max = Math.max(max, o.millis());
      }
      occurrences.add(found);
    }
    DateBuckets buckets = DateBuckets.of(interval, from, to, min, max);
    List<TimelineSeries> series = new ArrayList<>();
    for (int e = 0; e < entities.size(); e++) {
      long[] articles = new long[buckets.size()];
      long[] mentions = new long[buckets.size()];
      long totalArticles = 0;
      long totalMentions = 0;
      for (Occurrence o : occurrences.get(e)) {
        int i = buckets.indexOf(o.millis());
        if (i >= 0) {
          articles[i]++;
          mentions[i] += o.mentions();
          totalArticles++;
          totalMentions += o.mentions();
        }
      }
      List<TimelinePoint> points = new ArrayList<>(buckets.size());
      for (int i = 0; i < buckets.size(); i++) {
        points.add(new TimelinePoint(
            buckets.label(i), buckets.start(i), buckets.end(i), articles[i], mentions[i]));
      }
      EntityId id = entities.get(e);
      series.add(new TimelineSeries(
          id, EntityNames.displayName(searcher, id, hits), totalArticles, totalMentions, points));
    }
    return new Timeline(interval, series);
  }

  /** The dated articles among {@code hits}, published in {@code [lo, hi]}, naming {@code entity}. */
  private static List<Occurrence> occurrences(
      IndexSearcher searcher, EntityId entity, FixedBitSet hits, long lo, long hi)
      throws IOException {
    List<Occurrence> found = new ArrayList<>();
    BytesRef term = new BytesRef(entity.key());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PostingsEnum postings = EntityPostings.of(leaf.reader(), entity.type(), term, PostingsEnum.FREQS);
      if (postings == null) {
        continue;
      }
      NumericDocValues published = DocValues.getNumeric(leaf.reader(), Schema.PUBLISHED);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (hits.get(leaf.docBase + doc) && published.advanceExact(doc)) {
          long millis = published.longValue();
          if (millis >= lo && millis <= hi) {
            found.add(new Occurrence(millis, postings.freq()));
          }
        }
      }
    }
    return found;
  }
}
