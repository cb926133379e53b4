package io.github.dossier.index;

import io.github.dossier.EntityType;
import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Looks up the entity keys of one type, and the postings of one key, in one index segment. */
final class EntityPostings {

  private EntityPostings() {}

  /**
   * The postings of {@code key} in the keys field of {@code type} in {@code reader}, with the
   * given {@link PostingsEnum} {@code flags}; {@code null} when the segment has no such field or
   * no such key.
   */
  static PostingsEnum of(LeafReader reader, EntityType type, BytesRef key, int flags)
      throws IOException {
    TermsEnum te = keys(reader, type);
    if (te == null || !te.seekExact(key)) {
      return null;
    }
    return te.postings(null, flags);
  }

  /**
   * The terms of the keys field of {@code type} in {@code reader}, unpositioned; {@code null}
   * when the segment has no such field.
   */
  static TermsEnum keys(LeafReader reader, EntityType type) throws IOException {
    Terms terms = reader.terms(Schema.keys(type));
    return terms == null ? null : terms.iterator();
  }
}
