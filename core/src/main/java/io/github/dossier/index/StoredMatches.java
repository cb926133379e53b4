package io.github.dossier.index;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Streams the stored documents of every live article a query matches, in index order and without
 * scoring or collecting: memory stays constant however many articles match.
 */
final class StoredMatches {

  /** Receives one matching article's stored document. */
  interface Visitor {
    void visit(Document document) throws IOException;
  }

  private StoredMatches() {}

  /** Hands {@code visitor} the stored document of each live article {@code query} matches; returns how many. */
  static long forEach(IndexSearcher searcher, Query query, Visitor visitor) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    long count = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(stored.document(doc));
          count++;
        }
      }
    }
    return count;
  }
}
