package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The stored binary form of tagged text and metadata. */
class TaggedTextCodecTest {

  @Test
  void taggedTextRoundTripsExactly() throws IOException {
    String body = "Zelenskyy’s aide met Côte d’Ivoire officials. Zelenskyy left.";
    TaggedText tagged =
        new TaggedText(
            List.of(new Sentence(0, 46), new Sentence(47, body.length())),
            List.of(
                new Entity("volodymyr zelenskyy", "Volodymyr Zelenskyy", EntityType.PERSON,
                    List.of(new Mention("Zelenskyy", 0, 9, 0), new Mention("Zelenskyy", 47, 56, 1))),
                new Entity("cote d'ivoire", "Côte d’Ivoire", EntityType.LOCATION,
                    List.of(new Mention("Côte d’Ivoire", 21, 34, 0))),
                new Entity("unmentioned", "Unmentioned", EntityType.ORGANIZATION, List.of())));
    assertEquals(tagged, TaggedTextCodec.decode(TaggedTextCodec.encode(tagged)));
    assertEquals(TaggedText.empty(), TaggedTextCodec.decode(TaggedTextCodec.encode(TaggedText.empty())));
  }

  @Test
  void repeatedFormsAreStoredOnce() {
    Mention m = new Mention("Kyiv", 0, 4, 0);
    TaggedText once = new TaggedText(List.of(), List.of(new Entity("kyiv", "Kyiv", EntityType.LOCATION, List.of(m))));
    TaggedText hundred =
        new TaggedText(List.of(), List.of(new Entity("kyiv", "Kyiv", EntityType.LOCATION, Collections.nCopies(100, m))));
    // each further mention costs three one-byte vints (form index, start, sentence); the form is not repeated
    assertEquals(TaggedTextCodec.encode(once).length + 99 * 3, TaggedTextCodec.encode(hundred).length);
  }

  @Test
  void unknownVersionsAreRefused() {
    BytesRef bytes = TaggedTextCodec.encode(TaggedText.empty());
    bytes.bytes[bytes.offset] = 9;
    CorruptIndexException e = assertThrows(CorruptIndexException.class, () -> TaggedTextCodec.decode(bytes));
    assertTrue(e.getMessage().contains("unsupported tagged-text format version 9"), e.getMessage());
  }

  @Test
  void metadataRoundTrips() throws IOException {
    Map<String, String> metadata = Map.of("language", "en", "section", "Wörld");
    assertEquals(metadata, TaggedTextCodec.decodeMetadata(TaggedTextCodec.encodeMetadata(metadata)));
  }
}
