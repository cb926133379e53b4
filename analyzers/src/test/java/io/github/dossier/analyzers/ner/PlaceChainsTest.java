package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PlaceChains}: the untagged middle of "town, province, country" is a place. */
class PlaceChainsTest {

  private static PlaceChains chains;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "norland\tK", "upper vessa\tR", "aino\tF", "kestrel\tO", "said\tL", "");
    chains = new PlaceChains(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(chains::apply, sentence, spans);
  }

  @Test
  void aKnownProvinceBetweenATownAndACountryIsAPlace() {
    assertEquals("LOC Brask | LOC Upper Vessa | LOC Norland",
        tag("a bombing in Brask , Upper Vessa , Norland , killed", new Span(3, 4, "LOC"), new Span(8, 9, "LOC")));
  }

  @Test
  void anUnknownMiddleIsAPlaceOnlyBeforeACountryAndWhenNoWordOfItIsANameOrCommonWord() {
    assertEquals("LOC Brask | LOC Tolvik Vale | LOC Norland",
        tag("in Brask , Tolvik Vale , Norland", new Span(1, 2, "LOC"), new Span(6, 7, "LOC")));
    // Not before a country: nothing known about the middle.
    assertEquals("LOC Brask | LOC Ostrava",
        tag("in Brask , Tolvik Vale , Ostrava", new Span(1, 2, "LOC"), new Span(6, 7, "LOC")));
    // "Aino" is a first name: "Aino Lind" is likely a person in a list.
    assertEquals("LOC Brask | LOC Norland",
        tag("in Brask , Aino Lind , Norland", new Span(1, 2, "LOC"), new Span(6, 7, "LOC")));
  }

  @Test
  void onlyCommaChainsOfPlacesCount() {
    Span[] spans = {new Span(1, 2, "LOC"), new Span(6, 7, "LOC")};
    assertSame(spans, chains.apply("in Brask and Upper Vessa and Norland".split(" "), spans));
    Span[] person = {new Span(1, 2, "PER"), new Span(6, 7, "LOC")};
    assertSame(person, chains.apply("with Brask , Upper Vessa , Norland".split(" "), person));
    Span[] tagged = {new Span(1, 2, "LOC"), new Span(3, 5, "ORG"), new Span(6, 7, "LOC")};
    assertSame(tagged, chains.apply("in Brask , Upper Vessa , Norland".split(" "), tagged));
  }

  @Test
  void theHeadOfAThreePlaceChainIsAPlace() {
    assertEquals("LOC Dar Umsaya | LOC Upper Vessa | LOC Norland",
        tag("fighters retook Dar Umsaya , Upper Vessa , Norland , on Sunday", new Span(5, 7, "LOC"),
            new Span(8, 9, "LOC")));
    // A closing division word does not count as a common word: "Kerrin District".
    assertEquals("LOC Kerrin District | LOC Upper Vessa | LOC Norland",
        tag("a landslide hits Kerrin District , Upper Vessa , Norland", new Span(6, 8, "LOC"),
            new Span(9, 10, "LOC")));
  }

  @Test
  void theHeadBeforeACountryAloneNeedsAPrepositionOfPlace() {
    assertEquals("LOC Dar Umsaya | LOC Norland",
        tag("two were killed in Dar Umsaya , Norland , on Sunday", new Span(7, 8, "LOC")));
    assertEquals("LOC Dar Umsaya | LOC Norland",
        tag("two were killed in the Dar Umsaya , Norland", new Span(8, 9, "LOC")));
    // No preposition: "Dar Umsaya , Norland 's envoy" may be a person and his country.
    assertEquals("LOC Norland", tag("met Dar Umsaya , Norland 's envoy", new Span(4, 5, "LOC")));
    // Not before a place that is no country.
    assertEquals("LOC Ostrava", tag("killed in Dar Umsaya , Ostrava", new Span(5, 6, "LOC")));
  }

  @Test
  void aHeadThatIsANameOrAHeadTaggedAlreadyStaysAsItIs() {
    assertEquals("LOC Norland", tag("lives in Aino Lind , Norland", new Span(5, 6, "LOC")));
    Span[] tagged = {new Span(2, 4, "PER"), new Span(5, 6, "LOC")};
    assertSame(tagged, chains.apply("lives in Dar Umsaya , Norland".split(" "), tagged));
  }
}
