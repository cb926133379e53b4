package io.github.dossier.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/** Display names of entities, from the {@code key U+001F name} doc values of the articles naming them. */
final class EntityNames {
  private EntityNames() {}

  /**
   * The name most of the articles in {@code hits} that name {@code entity} give it (ties by name);
   * the key if none does.
   */
  static String displayName(IndexSearcher searcher, EntityId entity, FixedBitSet hits)
      throws IOException {
    Map<String, Long> names = new HashMap<>();
    BytesRef term = new BytesRef(entity.key());
    BytesRef prefix = new BytesRef(entity.key() + Schema.KEY_NAME_SEPARATOR);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Schema.keys(entity.type()));
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), Schema.facet(entity.type()));
      long firstOrd = firstOrdWithPrefix(dv, prefix);
      if (firstOrd < 0) {
        continue;
      }
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (!hits.get(leaf.docBase + doc) || !dv.advanceExact(doc)) {
          continue;
        }
        for (int i = 0; i < dv.docValueCount(); i++) {
          long ord = dv.nextOrd();
          if (ord >= firstOrd) {
            BytesRef value = dv.lookupOrd(ord);
            if (startsWith(value, prefix)) {
              names.merge(
                  value.utf8ToString().substring(prefix.utf8ToString().length()), 1L, Long::sum);
            }
          }
        }
      }
    }
    return names.entrySet().stream()
        .min(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(entity.key());
  }

  private static long firstOrdWithPrefix(SortedSetDocValues dv, BytesRef prefix) throws IOException {
    if (dv.getValueCount() == 0) {
      return -1;
    }
    TermsEnum te = dv.termsEnum();
    TermsEnum.SeekStatus status = te.seekCeil(prefix);
    if (status == TermsEnum.SeekStatus.END || !startsWith(te.term(), prefix)) {
      return -1;
    }
    return te.ord();
  }

  private static boolean startsWith(BytesRef value, BytesRef prefix) {
    if (value.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (value.bytes[value.offset + i] != prefix.bytes[prefix.offset + i]) {
        return false;
      }
    }
    return true;
  }
}
