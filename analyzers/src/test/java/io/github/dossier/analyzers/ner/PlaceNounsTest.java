package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PlaceNouns}: an untagged name before a word for a kind of place is a place. */
class PlaceNounsTest {

  private static PlaceNouns places;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "vessa\tR", "norlandic\tD", "sheikh\tFST", "seven\tFL", "brask\tS",
        "the vessa\tC", "");
    places = new PlaceNouns(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(places::apply, sentence, spans);
  }

  @Test
  void anUnknownOrKnownPlaceNameBeforeAPlaceNounIsAPlace() {
    assertEquals("LOC Bab-el-Tolvik", tag("tankers head for the Bab-el-Tolvik strait"));
    assertEquals("LOC Vessa", tag("floods in Vessa province killed 12"));
    assertEquals("LOC Cal Orvik", tag("fighting in the Cal Orvik mountains"));
    assertEquals(PlaceNouns.PROBABILITY, places.apply("in Vessa province".split(" "), new Span[0])[0].getProb());
    // An article opening the sentence is no part of the name, unless the gazetteer knows it with it.
    assertEquals("LOC Orvik", tag("The Orvik river flooded"));
    assertEquals("LOC The Vessa", tag("The Vessa district voted"));
    // An Arabic name with its article is one word of the name, after a first capitalised word.
    assertEquals("LOC Kafr al-Mansur", tag("an airstrike in the Kafr al-Mansur area killed 12"));
    assertEquals("LOC Beit al-Rumman", tag("families fled the town of Beit al-Rumman ."));
    assertEquals("", tag("the al-Mansur area"));
  }

  @Test
  void peoplesFaithsTitlesAndCommonWordsAreNoPlaces() {
    assertEquals("", tag("a Norlandic province"));
    assertEquals("", tag("an Alawite area"));
    assertEquals("", tag("the Sheikh district"));
    assertEquals("", tag("Seven districts voted"));
    assertEquals("", tag("the Brask-controlled area"));
    assertEquals("", tag("the Druze-majority area"));
    // "city", "town" and "state" are no place nouns here; nor is a name with a span in it.
    assertEquals("", tag("the Orvik city council"));
    Span[] spans = {new Span(1, 2, "ORG")};
    assertSame(spans, places.apply("the Kestrel area".split(" "), spans));
  }

  @Test
  void aPlaceNameAfterAPlaceNounAndOfIsAPlace() {
    assertEquals("LOC Qarnabu", tag("tankers left the port of Qarnabu on Monday"));
    assertEquals("LOC Upper Fashoun", tag("clashes near the town of Upper Fashoun ."));
    assertEquals("LOC Vessa", tag("the region of Vessa"));
    // Not a people, a title or a common word, and not a name tagged already.
    assertEquals("", tag("the city of Norlandic traders"));
    assertEquals("", tag("the village of Sheikh Umar"));
    Span[] spans = {new Span(3, 4, "ORG")};
    assertSame(spans, places.apply("the port of Qarnabu".split(" "), spans));
  }
}
