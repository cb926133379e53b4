package io.github.dossier.index;

import java.io.IOException;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The sorts of paged searches and their cursors: the sort values of a page's last hit (score or
 * publication date, article id, document number), versioned and base64url-encoded.
 *
 * <p>Format 1: {@code byte 1; byte sortOrdinal; (int floatBits | long millis); byte hasId; [vint
 * length, bytes id]; int doc}.
 */
final class SearchCursor {
  private static final byte VERSION = 1;

  private SearchCursor() {}

  /** Score or date (undated last), then id, then document number: no two hits compare equal. */
  static Sort sort(SortOrder order) {
    SortField id = new SortField(Schema.ID_SORT, SortField.Type.STRING);
    id.setMissingValue(SortField.STRING_LAST);
    if (order == SortOrder.RELEVANCE) {
      return new Sort(SortField.FIELD_SCORE, id, SortField.FIELD_DOC);
    }
    boolean newest = order == SortOrder.NEWEST_FIRST;
    SortField published = new SortField(Schema.PUBLISHED, SortField.Type.LONG, newest);
    published.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(published, id, SortField.FIELD_DOC);
  }

  static String encode(SortOrder order, FieldDoc last) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeByte(VERSION);
      out.writeByte((byte) order.ordinal());
      if (order == SortOrder.RELEVANCE) {
        out.writeInt(Float.floatToIntBits((Float) last.fields[0]));
      } else {
        out.writeLong((Long) last.fields[0]);
      }
      BytesRef id = (BytesRef) last.fields[1];
      out.writeByte((byte) (id == null ? 0 : 1));
      if (id != null) {
        out.writeVInt(id.length);
        out.writeBytes(id.bytes, id.offset, id.length);
      }
      out.writeInt(last.doc);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toArrayCopy());
  }

  /**
   * The search-after position a cursor stands for.
   *
   * @throws IllegalArgumentException if {@code cursor} was not made by {@link #encode} for {@code
   *     order}
   */
  static FieldDoc decode(String cursor, SortOrder order) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw invalid(cursor, "not base64url");
    }
    try {
      ByteArrayDataInput in = new ByteArrayDataInput(bytes);
      if (bytes.length < 2 || in.readByte() != VERSION) {
        throw invalid(cursor, "unknown cursor version");
      }
      int ordinal = in.readByte();
      if (ordinal < 0 || ordinal >= SortOrder.values().length) {
        throw invalid(cursor, "unknown sort order");
      }
      SortOrder made = SortOrder.values()[ordinal];
      if (made != order) {
        throw new IllegalArgumentException(
            "the cursor was made for sort order " + made + ", not " + order);
      }
      Object primary = order == SortOrder.RELEVANCE
          ? (Object) Float.intBitsToFloat(in.readInt())
          : (Object) in.readLong();
      BytesRef id = null;
      if (in.readByte() != 0) {
        int length = in.readVInt();
        if (length < 0 || length > bytes.length) {
          throw invalid(cursor, "bad id length");
        }
        byte[] idBytes = new byte[length];
        in.readBytes(idBytes, 0, length);
        id = new BytesRef(idBytes);
      }
      int doc = in.readInt();
      if (!in.eof() || doc < 0) {
        throw invalid(cursor, "trailing or bad data");
      }
      float score = primary instanceof Float f ? f : Float.NaN;
      return new FieldDoc(doc, score, new Object[] {primary, id, doc});
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw invalid(cursor, "truncated or corrupt");
    }
  }

  private static IllegalArgumentException invalid(String cursor, String why) {
    String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor;
    return new IllegalArgumentException(
        "invalid search cursor '" + shown + "' (" + why + "); pass the next cursor of a previous page");
  }
}
