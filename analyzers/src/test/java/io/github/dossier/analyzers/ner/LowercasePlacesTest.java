package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link LowercasePlaces}: a known place written in lower case is a place, a common word is not. */
class LowercasePlacesTest {

  private static LowercasePlaces places;

  @BeforeAll
  static void data() throws IOException {
    String gazetteer = String.join("\n", "norland\tK", "vessa\tR", "brask\tC", "apex\tC", "kestrel\tC",
        "upper brask\tC", "west coast\tR", "the city\tC", "molotov\tCN", "tolvik\tV", "orla\tFC", "bountiful\tC", "");
    // clusters: the capitalised forms the text writes about, and words it writes in lower case
    String clusters = String.join("\n", "Vessa\t0101", "Brask\t0110", "Kestrel\t0111", "Molotov\t1000",
        "Orla\t1001", "Bountiful\t1010", "kestrel\t1100", "west\t1101", "coast\t1110", "");
    places = new LowercasePlaces(SpanRuleFixtures.gazetteer(gazetteer),
        WordClusters.read(new ByteArrayInputStream(clusters.getBytes(StandardCharsets.UTF_8))));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(places::apply, sentence, spans);
  }

  @Test
  void aKnownCountryRegionOrCityInLowerCaseIsAPlace() {
    assertEquals("LOC vessa", tag("migratory birds in vessa ?"));
    assertEquals("LOC norland | LOC Upper Brask", tag("how are norland and Upper Brask alike", new Span(4, 6, "LOC")));
    assertEquals("LOC upper brask", tag("any bus between upper brask and the airport"));
    assertEquals("LOC brask", tag("brask is lovely"));
  }

  @Test
  void notACommonWordOrAPlaceNoNewsWritesAbout() {
    assertEquals("", tag("the apex of the tower")); // no "Apex" in the clusters
    assertEquals("", tag("a stay in kestrel")); // "kestrel" is written in lower case
    assertEquals("", tag("a stay in molotov")); // a WordNet person
    assertEquals("", tag("a stay in orla")); // a first name
    assertEquals("", tag("a stay in tolvik")); // a town
    assertEquals("", tag("a bountiful harvest")); // an adjective's ending
    assertEquals("", tag("off the west coast of it"));
    assertEquals("", tag("a view of the city"));
  }

  @Test
  void aSingleWordOnlyWhereAPlaceGoes() {
    assertEquals("", tag("a heavy brask rolled down"));
    assertEquals("LOC brask", tag("pizza from brask is the best"));
    assertEquals("LOC brask", tag("the heavy brask , said he"));
    // after a place in lower case, or before a country or region in lower case
    assertEquals("LOC upper brask | LOC vessa", tag("traveling to upper brask vessa one week"));
    assertEquals("LOC brask | LOC norland", tag("you mean brask norland"));
  }

  @Test
  void capitalisedOrTaggedWordsAreLeftAlone() {
    Span[] spans = {new Span(2, 3, "ORG")};
    assertSame(spans, places.apply("birds in vessa".split(" "), spans));
    assertEquals("", tag("birds in Vessa"));
  }
}
