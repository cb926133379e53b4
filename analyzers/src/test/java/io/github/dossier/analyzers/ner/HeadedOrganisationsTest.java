package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link HeadedOrganisations}: an untagged name ending in "Commission", "Council", ... is an organisation. */
class HeadedOrganisationsTest {

  private static HeadedOrganisations organisations;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "soviet union\tKM", "and\tL", "did\tL", "member\tL", "attorney\tT", "electronic\tL", "people\tTL", "muslim\tD", "norland\tK",
        "conservative\tL", "in\tL", "general\tT", "");
    organisations = new HeadedOrganisations(
        SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(organisations::apply, sentence, spans);
  }

  @Test
  void anUntaggedNameEndingInAnOrganisationsHeadWordIsAnOrganisation() {
    assertEquals("ORG European Commission", tag("The European Commission fined the company ."));
    assertEquals("ORG Supreme Iraqi Criminal Tribunal | LOC Anfal",
        tag("the Supreme Iraqi Criminal Tribunal sentenced him for Anfal", new Span(8, 9, "LOC")));
    assertEquals("ORG Commission for the Investigation of Abuse of Authority",
        tag("the Commission for the Investigation of Abuse of Authority charged 55 people"));
    assertEquals("ORG Russian Volunteer Corps", tag("leader of the Russian Volunteer Corps ,"));
    assertEquals("ORG Central Command", tag("the U.S. military 's Central Command confirmed"));
    // A place at its start or after "of" is part of it, but not a country first.
    assertEquals("ORG Tolvik Department of Transportation",
        tag("the Tolvik Department of Transportation said", new Span(1, 2, "LOC")));
    assertEquals("ORG Tolvik Police", tag("said Tolvik Police on Monday", new Span(1, 2, "LOC")));
    assertEquals("ORG College of Tolvik", tag("at the College of Tolvik", new Span(4, 5, "LOC")));
    assertEquals("ORG Vessa Museum of Natural History",
        tag("the Vessa Museum of Natural History opened", new Span(1, 2, "LOC")));
    assertEquals("LOC Norland | ORG Foreign Ministry", tag("the Norland Foreign Ministry said", new Span(1, 2, "LOC"),
        new Span(2, 4, "ORG")));
    assertEquals("LOC Tolvik", tag("in Tolvik and the College of Wooster", new Span(1, 2, "LOC")));
    assertEquals("LOC West Bank", tag("the Norland-occupied West Bank", new Span(2, 4, "LOC")));
    // A body named after what it deliberates on; "General" opening a name is no title there.
    assertEquals("ORG Commission on Presidential Debates", tag("the Commission on Presidential Debates said"));
    assertEquals("ORG General Services Administration", tag("the General Services Administration has acted"));
    assertEquals("ORG Norland General Services Administration",
        tag("On Monday , Norland General Services Administration head", new Span(3, 4, "LOC")));
    assertEquals("LOC U.S. | ORG Securities and Exchange Commission",
        tag("a filing to the U.S. Securities and Exchange Commission", new Span(4, 5, "LOC")));
    assertEquals("ORG Secret Service", tag("agents of the Secret Service"));
    // A determiner and a head word are no name.
    assertEquals("", tag("he said The Court ruled"));
    // A qualifier opening the sentence before the head word stays; "In" does not.
    assertEquals("ORG Conservative Party of Norland", tag("Conservative Party of Norland leader said"));
    assertEquals("ORG Workers ' Party of Norland", tag("the Workers ' Party of Norland"));
    // A head word before "of" or "for" opens the name.
    assertEquals("ORG Board of Peace", tag("The Board of Peace denies such reports ."));
    assertEquals("ORG Chamber of Deputies", tag("elections to the Chamber of Deputies in March"));
    assertEquals("", tag("the Bay of Biscay"));
    assertEquals("", tag("The Board of Muslim clerics condemned it"));
    // "People 's" inside the name: "People" is no title there, and the owner before it is no part.
    assertEquals("LOC Norland | ORG Supreme People 's Assembly",
        tag("Norland 's Supreme People 's Assembly approved it", new Span(0, 1, "LOC")));
  }

  @Test
  void placesSingleWordsLongerNamesAndTaggedSpansAreLeftAlone() {
    assertEquals("", tag("the collapse of the Soviet Union in 1991"));
    assertEquals("", tag("the Commission said"));
    assertEquals("", tag("the European Commission Headquarters opened"));
    assertEquals("ORG Electronic Frontier Foundation", tag("And the Electronic Frontier Foundation agreed"));
    assertEquals("ORG Iranian Chess Federation", tag("Did the Iranian Chess Federation know ?"));
    assertEquals("", tag("a Member of Parliament said"));
    assertEquals("ORG Electronic Frontier Foundation",
        tag("said Senior Staff Attorney of the Electronic Frontier Foundation"));
    assertEquals("ORG Pet Patrol", tag("paid CDN$11,000 for Pet Patrol ."));
    Span[] spans = {new Span(1, 3, "ORG")};
    assertSame(spans, organisations.apply("the Labour Party won".split(" "), spans));
  }
}
