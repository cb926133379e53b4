package io.github.dossier.index;

import io.github.dossier.EntityType;
import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Looks up the postings of one entity key in one index segment. */
final class EntityPostings {

  private EntityPostings() {}

  /**
   * The postings of {@code key} in the keys field of {@code type} in {@code reader}, with the
   * given {@link PostingsEnum} {@code flags}; {@code null} when the segment has no such field or
   * no such key.
   */
  static PostingsEnum of(LeafReader reader, EntityType type, BytesRef key, int flags)
      throws IOException {
    Terms terms = reader.terms(Schema.keys(type));
    if (terms == null) {
      return null;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(key)) {
      return null;
    }
    return te.postings(null, flags);
  }
}
