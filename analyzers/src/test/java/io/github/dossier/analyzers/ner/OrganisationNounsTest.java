package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link OrganisationNouns}: an untagged name after a word for a kind of organisation is an organisation. */
class OrganisationNounsTest {

  private static OrganisationNouns organisations;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "norlandic\tD", "vessa\tK", "chairman\tT", "several\tL", "orvik\tC", "");
    organisations = new OrganisationNouns(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(organisations::apply, sentence, spans);
  }

  @Test
  void anUntaggedNameAfterAKindOfOrganisationIsAnOrganisation() {
    assertEquals("ORG Tarvanair", tag("Norlandic airline Tarvanair announces that it will cut 4,000 jobs"));
    assertEquals("ORG Skovna", tag("a man convicted of spying for the intelligence agency Skovna in Orvik ."));
    assertEquals("ORG Penta Orbis", tag("executives of state-owned energy company Penta Orbis were jailed"));
    assertEquals("ORG Kata'ib al-Vesna", tag("a commander of the militia group Kata'ib al-Vesna is arrested"));
    assertEquals("ORG X", tag("the social media platform X is fined"));
    assertEquals("ORG Tarvanair", tag("a judge fines national airline Tarvanair AU$90 million"));
    assertEquals(OrganisationNouns.PROBABILITY,
        organisations.apply("airline Tarvanair".split(" "), new Span[0])[0].getProb());
  }

  @Test
  void titlesPlacesPeoplesDatesAndNamesOfUnclearLengthAreNoOrganisations() {
    assertEquals("", tag("the company Chairman said"));
    assertEquals("", tag("the bank Monday said"));
    assertEquals("", tag("the party The Greens"));
    assertEquals("", tag("the group Norlandic Tarvans"));
    assertEquals("", tag("a company Vessa owns"));
    assertEquals("", tag("the rebel group March 23 Movement"));
    assertEquals("", tag("the party Several"));
    assertEquals("", tag("the aircraft carrier USS Orvik Tarn"));
    // A longer name whose end the rule cannot see, or more than three words.
    assertEquals("", tag("the militia Decisive Movement for the Liberation of Tarvan"));
    assertEquals("", tag("the network Blood & Honour"));
    assertEquals("", tag("the armed group Comandos de la Frontera"));
    assertEquals("", tag("the group Tarn Vel Oska Brin"));
    Span[] spans = {new Span(2, 3, "PER")};
    assertSame(spans, organisations.apply("German airline Tarvanair".split(" "), spans));
  }
}
