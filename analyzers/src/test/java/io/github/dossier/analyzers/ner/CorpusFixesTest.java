package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusFixesTest {

  private static NerGazetteer gazetteer;

  @BeforeAll
  static void gazetteer() throws IOException {
    String data = "president\tT\nfinnish\tD\nfinland\tK\n";
    gazetteer = NerGazetteer.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> fix(String fixes, String tokens, String tags) {
    NerSentence s = NerSentence.repaired(List.of(tokens.split(" ")), List.of(tags.split(" +")));
    return CorpusFixes.apply(CorpusFixes.parse(fixes), s, gazetteer).tags();
  }

  @Test
  void titlesMoveOutOfPersonSpans() {
    assertEquals(List.of("O", "B-PER", "I-PER", "O"),
        fix("titles", "President Aino Kallas spoke", "B-PER I-PER I-PER O"));
  }

  @Test
  void demonymsTaggedAsPlacesAreDropped() {
    assertEquals(List.of("O", "O", "B-LOC"),
        fix("demonyms", "Finnish troops Finland", "B-LOC O B-LOC"));
  }

  @Test
  void descriptiveMentionsAreTrimmedOrDropped() {
    // "the Syrian Army" keeps "Syrian Army"; "the regime" is not a name at all.
    assertEquals(List.of("O", "B-ORG", "I-ORG", "O", "O", "O"),
        fix("nominal", "the Syrian Army and the regime", "B-ORG I-ORG I-ORG O B-ORG I-ORG"));
    // Linking words inside names are fine.
    assertEquals(List.of("B-ORG", "I-ORG", "I-ORG"),
        fix("nominal", "Bank of Lapland", "B-ORG I-ORG I-ORG"));
    // A lower-case content word inside the span marks a description.
    assertEquals(List.of("O", "O", "O", "O"),
        fix("nominal", "a new Prime Minister", "B-PER I-PER I-PER I-PER"));
  }

  @Test
  void lowerCaseEntitiesAreDropped() {
    assertEquals(List.of("O", "O", "B-LOC"), fix("lowercase", "in helsinki Turku", "O B-LOC B-LOC"));
  }

  @Test
  void placesJoinedByACommaBecomeTwoPlaces() {
    assertEquals(List.of("O", "B-LOC", "O", "B-LOC", "O"),
        fix("commas", "in Tampere , Finland today", "O B-LOC I-LOC I-LOC O"));
    assertEquals(List.of("B-LOC", "I-LOC", "O", "B-LOC", "O", "B-LOC"),
        fix("commas", "Salt Lake , Utah , USA", "B-LOC I-LOC I-LOC I-LOC I-LOC I-LOC"));
    // Only places: an organisation keeps its comma.
    assertEquals(List.of("B-ORG", "I-ORG", "I-ORG", "I-ORG"),
        fix("commas", "Nokia Oyj , Inc.", "B-ORG I-ORG I-ORG I-ORG"));
  }

  @Test
  void unknownFixIsRejectedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CorpusFixes.parse("titles,typos"));
    assertTrue(e.getMessage().contains("typos"), e.getMessage());
  }
}
