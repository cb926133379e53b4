package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link GluedNames}: spans that run two names together are split. */
class GluedNamesTest {

  private static GluedNames glued;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "orla\tF", "brask\tS", "norland\tK", "norlandic\tD", "tolvik\tC",
        "port vessa\tC", "kestrel\tO", "militant\tL", "airline\tL", "spokesperson\tT", "food and drug administration\tO",
        "");
    glued = new GluedNames(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(glued::apply, sentence, spans);
  }

  @Test
  void anAppositiveIsTwoNames() {
    // The glue word tells the second name's type: a role a person, "airline" an organisation, "capital" a place.
    assertEquals("ORG Kestrel | PER Orla Brask", tag("Kestrel militant Orla Brask was killed", new Span(0, 4, "ORG")));
    assertEquals("LOC Norlandic | ORG Kestrelia", tag("the Norlandic airline Kestrelia said", new Span(1, 4, "LOC")));
    assertEquals("LOC Norland | LOC Tolvik", tag("in the Norland capital city of Tolvik", new Span(2, 7, "ORG")));
    assertEquals("ORG Kestrel | PER Brask", tag("Kestrel militant spokesperson Brask said", new Span(0, 4, "ORG")));
    // A verb glues a subject and an object; with nothing known, the object keeps the span's type.
    assertEquals("ORG Kestrel | LOC Norland", tag("Kestrel reports Norland won", new Span(0, 3, "ORG")));
  }

  @Test
  void namesWithLowerCaseWordsOfTheirOwnStayWhole() {
    Span[] spans = {new Span(0, 3, "LOC"), new Span(4, 7, "ORG"), new Span(8, 11, "PER")};
    assertSame(spans, glued.apply("Dar es Salaam and Doctors without Borders met Ronald dela Rosa".split(" "), spans));
    assertEquals("LOC Newcastle upon Tyne", tag("Newcastle upon Tyne", new Span(0, 3, "LOC")));
    assertEquals("ORG Bank of Tolvik", tag("the Bank of Tolvik", new Span(1, 4, "ORG")));
  }

  @Test
  void twoOrganisationsJoinedByAndAreTwo() {
    assertEquals("ORG Senate | ORG House of Representatives",
        tag("the Senate and House of Representatives voted", new Span(1, 6, "ORG")));
    assertEquals("ORG Tolvik University | ORG Norland Academy of Sciences",
        tag("Tolvik University and the Norland Academy of Sciences", new Span(0, 8, "ORG")));
    assertEquals("ORG University of Tolvik | ORG Center for Ocean Studies",
        tag("the University of Tolvik and Center for Ocean Studies", new Span(1, 9, "ORG")));
    // One organisation's name with "and" in it.
    assertEquals("ORG Food and Drug Administration", tag("the Food and Drug Administration", new Span(1, 5, "ORG")));
    assertEquals("ORG Department of Health and Human Services",
        tag("the Department of Health and Human Services", new Span(1, 7, "ORG")));
  }

  @Test
  void aPersonsNameAndOfOpeningAnOrganisationIsThatPerson() {
    assertEquals("PER Orla Brask | ORG Kestrel", tag("said Orla Brask of the Kestrel", new Span(1, 6, "ORG")));
    assertEquals("PER Orla Brask | LOC Tolvik", tag("Orla Brask of Tolvik won", new Span(0, 4, "ORG")));
    // Not an organisation's or institution's name, nor a name without a first name first.
    assertEquals("ORG Orla University of Tolvik", tag("the Orla University of Tolvik", new Span(1, 5, "ORG")));
    assertEquals("ORG Brask Holdings of Tolvik", tag("Brask Holdings of Tolvik", new Span(0, 4, "ORG")));
  }

  @Test
  void aWordThatIsNoNameBeforeAPersonGoes() {
    assertEquals("PER Orla Brask", tag("Pianist Orla Brask played", new Span(0, 3, "ORG")));
    assertEquals("PER Orla Brask", tag("Republican Orla Brask voted", new Span(0, 3, "ORG")));
    assertEquals("LOC Norland | PER Orla Brask", tag("envoy to Norland Orla Brask", new Span(2, 5, "LOC")));
    // After a country in a person's span, any two capitalised words are the person.
    assertEquals("LOC Norland | PER Vessko Tarvainen", tag("Norland Vessko Tarvainen said", new Span(0, 3, "PER")));
    assertEquals("ORG Norland Vessko Tarvainen", tag("Norland Vessko Tarvainen said", new Span(0, 3, "ORG")));
    // Not when what follows is no person's name, or the first two words are a known place.
    assertEquals("ORG The Orla Post", tag("The Orla Post reported", new Span(0, 3, "ORG")));
    assertEquals("ORG Port Vessa Orla", tag("Port Vessa Orla won", new Span(0, 3, "ORG")));
    assertEquals("ORG Pianist Orla Hospital", tag("Pianist Orla Hospital", new Span(0, 3, "ORG")));
  }
}
