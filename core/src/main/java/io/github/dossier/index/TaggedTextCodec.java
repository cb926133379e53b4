package io.github.dossier.index;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * A compact, versioned binary form of a {@link TaggedText} and of an article's metadata map, stored
 * with each document.
 *
 * <p>Tagged text, version 1: {@code byte 1; vint sentenceCount; (vint start, vint length)*; vint
 * entityCount; (byte typeOrdinal, string key, string name, vint formCount, string form*, vint
 * mentionCount, (vint formIndex, vint start, vint sentence)*)*}. A mention's end is its start plus
 * the length of its form. Strings are Lucene {@code DataOutput#writeString} (vint length + UTF-8).
 *
 * <p>Version 2 (written now; version 1 is still read) appends to each entity, after its mentions,
 * {@code byte hasPlace} and, if 1, the {@link GeoPlace}: {@code string id, vlong geonameId + 1 (0:
 * none), string name, string featureClass, string countryCode, optionalString divisionCode,
 * optionalString divisionName, long latitudeBits, long longitudeBits, vint enclosingCount,
 * string*, vint aliasCount, string*}, where an optional string is {@code byte present} followed by
 * the string if present.
 */
final class TaggedTextCodec {
  static final byte VERSION = 2;
  /** The first version, without places; still read. */
  static final byte VERSION_1 = 1;

  private TaggedTextCodec() {}

  static BytesRef encode(TaggedText tagged) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeByte(VERSION);
      out.writeVInt(tagged.sentences().size());
      for (Sentence s : tagged.sentences()) {
        out.writeVInt(s.start());
        out.writeVInt(s.end() - s.start());
      }
      out.writeVInt(tagged.entities().size());
      for (Entity e : tagged.entities()) {
        out.writeByte((byte) e.type().ordinal());
        out.writeString(e.key());
        out.writeString(e.name());
        Map<String, Integer> formIndex = new HashMap<>();
        List<String> forms = new ArrayList<>();
        for (Mention m : e.mentions()) {
          if (formIndex.putIfAbsent(m.text(), forms.size()) == null) {
            forms.add(m.text());
          }
        }
        out.writeVInt(forms.size());
        for (String form : forms) {
          out.writeString(form);
        }
        out.writeVInt(e.mentions().size());
        for (Mention m : e.mentions()) {
          out.writeVInt(formIndex.get(m.text()));
          out.writeVInt(m.start());
          out.writeVInt(m.sentence());
        }
        if (e.place().isPresent()) {
          out.writeByte((byte) 1);
          writePlace(out, e.place().get());
        } else {
          out.writeByte((byte) 0);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static TaggedText decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    byte version = in.readByte();
    if (version != VERSION && version != VERSION_1) {
      throw new CorruptIndexException(
          "unsupported tagged-text format version " + version + " (this Dossier reads "
              + VERSION_1 + " and " + VERSION + ")",
          "stored field " + Schema.TAGGED);
    }
    int sentenceCount = in.readVInt();
    ImmutableList.Builder<Sentence> sentences = ImmutableList.builderWithExpectedSize(sentenceCount);
    for (int i = 0; i < sentenceCount; i++) {
      int start = in.readVInt();
      sentences.add(new Sentence(start, start + in.readVInt()));
    }
    int entityCount = in.readVInt();
    EntityType[] types = EntityType.values();
    ImmutableList.Builder<Entity> entities = ImmutableList.builderWithExpectedSize(entityCount);
    for (int i = 0; i < entityCount; i++) {
      int typeOrdinal = in.readByte();
      if (typeOrdinal < 0 || typeOrdinal >= types.length) {
        throw new CorruptIndexException(
            "unknown entity type ordinal " + typeOrdinal, "stored field " + Schema.TAGGED);
      }
      String key = in.readString();
      String name = in.readString();
      String[] forms = new String[in.readVInt()];
      for (int f = 0; f < forms.length; f++) {
        forms[f] = in.readString();
      }
      int mentionCount = in.readVInt();
      List<Mention> mentions = new ArrayList<>(mentionCount);
      for (int m = 0; m < mentionCount; m++) {
        String form = forms[in.readVInt()];
        int start = in.readVInt();
        mentions.add(new Mention(form, start, start + form.length(), in.readVInt()));
      }
      Optional<GeoPlace> place = Optional.empty();
      if (version >= 2 && in.readByte() != 0) {
        place = Optional.of(readPlace(in));
      }
      if (place.isPresent() && types[typeOrdinal] != EntityType.LOCATION) {
        throw new CorruptIndexException(
            "entity " + key + " of type " + types[typeOrdinal] + " has a place",
            "stored field " + Schema.TAGGED);
      }
      entities.add(new Entity(key, name, types[typeOrdinal], mentions, place));
    }
    return new TaggedText(sentences.build(), entities.build());
  }

  private static void writePlace(DataOutput out, GeoPlace p) throws IOException {
    out.writeString(p.id());
    out.writeVLong(p.geonameId().isPresent() ? p.geonameId().getAsLong() + 1 : 0);
    out.writeString(p.name());
    out.writeString(p.featureClass());
    out.writeString(p.countryCode());
    writeOptional(out, p.divisionCode());
    writeOptional(out, p.divisionName());
    out.writeLong(Double.doubleToLongBits(p.latitude()));
    out.writeLong(Double.doubleToLongBits(p.longitude()));
    writeStrings(out, p.enclosing());
    writeStrings(out, p.aliases());
  }

  private static GeoPlace readPlace(ByteArrayDataInput in) throws IOException {
    String id = in.readString();
    long geonameId = in.readVLong();
    String name = in.readString();
    String featureClass = in.readString();
    String countryCode = in.readString();
    Optional<String> divisionCode = readOptional(in);
    Optional<String> divisionName = readOptional(in);
    double latitude = Double.longBitsToDouble(in.readLong());
    double longitude = Double.longBitsToDouble(in.readLong());
    List<String> enclosing = readStrings(in);
    List<String> aliases = readStrings(in);
    try {
      return new GeoPlace(id,
          geonameId == 0 ? OptionalLong.empty() : OptionalLong.of(geonameId - 1),
          name, featureClass, countryCode, divisionCode, divisionName, latitude, longitude,
          enclosing, aliases);
    } catch (IllegalArgumentException e) {
      throw new CorruptIndexException(
          "invalid place " + id + ": " + e.getMessage(), "stored field " + Schema.TAGGED, e);
    }
  }

  private static void writeOptional(DataOutput out, Optional<String> value) throws IOException {
    out.writeByte((byte) (value.isPresent() ? 1 : 0));
    if (value.isPresent()) {
      out.writeString(value.get());
    }
  }

  private static Optional<String> readOptional(ByteArrayDataInput in) throws IOException {
    return in.readByte() == 0 ? Optional.empty() : Optional.of(in.readString());
  }

  private static void writeStrings(DataOutput out, List<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) {
      out.writeString(v);
    }
  }

  private static List<String> readStrings(ByteArrayDataInput in) throws IOException {
    int n = in.readVInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readString());
    }
    return out;
  }

  static BytesRef encodeMetadata(Map<String, String> metadata) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(metadata.size());
      for (Map.Entry<String, String> e : metadata.entrySet()) {
        out.writeString(e.getKey());
        out.writeString(e.getValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static Map<String, String> decodeMetadata(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    int size = in.readVInt();
    ImmutableMap.Builder<String, String> metadata = ImmutableMap.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      metadata.put(in.readString(), in.readString());
    }
    return metadata.buildKeepingLast();
  }
}
