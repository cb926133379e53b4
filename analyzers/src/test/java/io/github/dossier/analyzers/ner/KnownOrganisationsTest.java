package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link KnownOrganisations}: single words that name an organisation. */
class KnownOrganisationsTest {

  private static KnownOrganisations organisations;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "vestra\tG", "nordcom\tO", "apple\tGL", "lindqvist\tGS", "");
    organisations = new KnownOrganisations(
        SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(organisations::apply, sentence, spans);
  }

  @Test
  void aWordKnownOnlyAsAnOrganisationIsOne() {
    assertEquals("ORG Vestra | PER Aino Lind", tag("Vestra leaders met Aino Lind", new Span(3, 5, "PER")));
    assertEquals("ORG Nordcom", tag("shares of Nordcom fell"));
  }

  @Test
  void aLegislatureAfterTheIsAnOrganisation() {
    assertEquals("ORG Senate", tag("confirmed by the Senate on Friday"));
    assertEquals("ORG House", tag("She was first elected to the House in 2006"));
    assertEquals("ORG Navy", tag("The Navy said no ship was hit"));
    assertEquals("ORG Parliament", tag("a chance to return to Parliament"));
    assertEquals("", tag("a house by the Navy Yard"));
    assertEquals("ORG Parliament | LOC Norland",
        tag("The Parliament of Norland approves the budget", new Span(3, 4, "LOC")));
    assertEquals("", tag("Senate majority leaders met"));
  }

  @Test
  void wordsThatAreAlsoCommonWordsNamesOrPartsOfLongerNamesAreLeftAlone() {
    Span[] none = {};
    assertSame(none, organisations.apply("an Apple a day".split(" "), none));
    assertSame(none, organisations.apply("said Lindqvist on Monday".split(" "), none));
    assertSame(none, organisations.apply("the Vestra Group said".split(" "), none));
    Span[] tagged = {new Span(0, 1, "LOC")};
    assertSame(tagged, organisations.apply("Vestra said".split(" "), tagged));
  }
}
