package io.github.dossier.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
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
    IndexReader reader = searcher.getIndexReader();
    EntityOrdinals ordinals = EntityOrdinals.of(reader, entity.type());
    int k = ordinals.keyId(entity.key());
    if (k < 0) {
      return entity.key();
    }
    if (hits.cardinality() == reader.numDocs()) {
      return ordinals.displayName(reader.leaves(), k, ordinals.counts(reader, hits).ordCounts);
    }
    FixedBitSet docs = CoOccurrenceCounter.docsNaming(searcher, entity, hits);
    return ordinals.displayName(reader.leaves(), k, ordinals.count(reader, docs).ordCounts);
  }
}
