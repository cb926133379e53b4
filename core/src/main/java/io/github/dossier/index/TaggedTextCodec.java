package io.github.dossier.index;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * A compact, versioned binary form of a {@link TaggedText} and of an article's metadata map, stored
 * with each document.
 *
 * <p>Tagged text, version 1: {@code byte 1; vint sentenceCount; (vint start, vint length)*; vint
 * entityCount; (byte typeOrdinal, string key, string name, vint formCount, string form*, vint
 * mentionCount, (vint formIndex, vint start, vint sentence)*)*}. A mention's end is its start plus
 * the length of its form. Strings are Lucene {@code DataOutput#writeString} (vint length + UTF-8).
 */
final class TaggedTextCodec {
  static final byte VERSION = 1;

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
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static TaggedText decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    byte version = in.readByte();
    if (version != VERSION) {
      throw new CorruptIndexException(
          "unsupported tagged-text format version " + version + " (this Dossier reads " + VERSION
              + ")",
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
      entities.add(new Entity(key, name, types[typeOrdinal], mentions));
    }
    return new TaggedText(sentences.build(), entities.build());
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
