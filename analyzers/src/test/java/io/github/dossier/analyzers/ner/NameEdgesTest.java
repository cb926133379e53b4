package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link NameEdges}: modifiers, common nouns and particles around names, and "People 's" organisations. */
class NameEdgesTest {

  private static NameEdges edges;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "norland\tK", "west vessa\tR", "tolvik\tC", "norlandic\tD", "kestrel\tO", "vessa and tolvik\tK", "");
    edges = new NameEdges(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(edges::apply, sentence, spans);
  }

  @Test
  void aHyphenatedParticipleIsNoPartOfTheNameItQualifies() {
    assertEquals("LOC West Vessa",
        tag("raids in the Norland-occupied West Vessa on Tuesday", new Span(3, 6, "ORG")));
    assertEquals("LOC Tolvik", tag("the Brask-controlled Tolvik airport", new Span(1, 3, "LOC")));
    // What is left of "Marshall Islands-flagged Safesea Vishnu" keeps its type when it is no known place.
    assertEquals("PER Orla Quist",
        tag("the Vessa Isles-flagged Orla Quist was hit", new Span(1, 5, "PER")));
    // A span that ends in one is only part of a token: no name.
    assertEquals("ORG Kestrel", tag("Norland-backed rebels fought Kestrel", new Span(0, 1, "LOC"),
        new Span(3, 4, "ORG")));
    assertEquals("", tag("the Hamas-run ministry", new Span(1, 2, "ORG")));
    assertEquals("", tag("the fall of Goma to Brask-backed rebels", new Span(5, 7, "LOC")));
  }

  @Test
  void hyphenatedNamesAreNoModifiers() {
    assertTrue(NameEdges.isHyphenatedModifier("Iran-backed"));
    assertTrue(NameEdges.isHyphenatedModifier("ISIL-held"));
    assertFalse(NameEdges.isHyphenatedModifier("Ki-moon"));
    assertFalse(NameEdges.isHyphenatedModifier("al-Assad"));
    assertFalse(NameEdges.isHyphenatedModifier("Jean-Pierre"));
    assertFalse(NameEdges.isHyphenatedModifier("self-styled"));
    Span[] korean = {new Span(1, 3, "PER")};
    assertSame(korean, edges.apply("Secretary-General Ban Ki-moon said".split(" "), korean));
  }

  @Test
  void aTrailingCommonNounIsNoPartOfTheName() {
    assertEquals("LOC Vessa | LOC Tolvik",
        tag("floods on the Vessa river reached Tolvik city center", new Span(3, 5, "LOC"), new Span(6, 9, "LOC")));
    assertEquals("ORG Brask Unity", tag("the Brask Unity party won", new Span(1, 4, "ORG")));
    // A word that is no common noun stays: user-typed names.
    Span[] typed = {new Span(2, 4, "LOC")};
    assertSame(typed, edges.apply("moved to San francisco".split(" "), typed));
  }

  @Test
  void aPersonEndingInAParticleTakesTheCapitalisedWordAfterItOrLosesTheParticle() {
    assertEquals("PER Aurelio de Quintana", tag("justice Aurelio de Quintana ruled", new Span(1, 3, "PER")));
    assertEquals("PER Aurelio", tag("said Aurelio de .", new Span(1, 3, "PER")));
    // The next word belongs to another span: the particle goes.
    assertEquals("PER Aurelio | ORG Kestrel",
        tag("Aurelio de Kestrel", new Span(0, 2, "PER"), new Span(2, 3, "ORG")));
  }

  @Test
  void aPersonEndingInABuildingsWordIsAPlace() {
    assertEquals("LOC Ali Varun Air Base", tag("drones struck Ali Varun Air Base", new Span(2, 6, "PER")));
    assertEquals("LOC Orla Quist Stadium", tag("at the Orla Quist Stadium", new Span(2, 5, "PER")));
    assertEquals("LOC Santos City", tag("the Santos City mayor", new Span(1, 3, "PER")));
    assertEquals("LOC Marsh Harbour", tag("flooding in Marsh Harbour on Monday", new Span(2, 4, "PER")));
    assertEquals("LOC Orla Brask Avenue", tag("a blast on Orla Brask Avenue", new Span(3, 6, "PER")));
    // An organisation's name ending in a structure's word is a place too; a hospital's or a city's is not.
    assertEquals("LOC Tolvik International Airport", tag("flights to Tolvik International Airport", new Span(2, 5, "ORG")));
    assertEquals("ORG Tolvik City", tag("Tolvik City won", new Span(0, 2, "ORG")));
    Span[] person = {new Span(2, 4, "PER")};
    assertSame(person, edges.apply("at the Orla Quist stadium".split(" "), person));
  }

  @Test
  void aPersonRightBeforeABuildingsOrInstitutionsWordNamesIt() {
    assertEquals("ORG Orla Quist Hospital", tag("a visit to Orla Quist Hospital last November", new Span(3, 5, "PER")));
    assertEquals("LOC Orla Quist Stadium", tag("at the Orla Quist Stadium", new Span(2, 4, "PER")));
    // Not when the name goes on: "Orla Quist Hospital Trust" is for the model to judge.
    assertEquals("PER Orla Quist", tag("the Orla Quist Hospital Trust", new Span(1, 3, "PER")));
    assertEquals("PER Orla Quist", tag("Orla Quist hospital", new Span(0, 2, "PER")));
  }

  @Test
  void aSaintsNameRunsOnOverItsBuilding() {
    assertEquals("LOC St. Orla 's Square | LOC Tolvik", tag("the funeral is held in St. Orla 's Square , Tolvik",
        new Span(5, 7, "PER"), new Span(10, 11, "LOC")));
    assertEquals("ORG King 's College", tag("students at King 's College protested", new Span(2, 3, "PER")));
    // Another name after the building word: the span stays.
    assertEquals("PER St. Orla", tag("St. Orla 's Square Garden", new Span(0, 2, "PER")));
    assertEquals("PER Aurelio", tag("Aurelio 's Square", new Span(0, 1, "PER")));
  }

  @Test
  void placesJoinedByAndThatTheGazetteerKnowsAsOneAreOne() {
    assertEquals("LOC Vessa and Tolvik | LOC Norland", tag("flights between Vessa and Tolvik and Norland",
        new Span(2, 3, "LOC"), new Span(4, 5, "LOC"), new Span(6, 7, "LOC")));
    assertEquals("LOC Norland | LOC Tolvik",
        tag("in Norland and Tolvik", new Span(1, 2, "LOC"), new Span(3, 4, "LOC")));
  }

  @Test
  void anOrganisationAfterPeoplesTakesItAndTheNamesBeforeIt() {
    assertEquals("ORG West Vessa People 's Defence Forces",
        tag("The West Vessa People 's Defence Forces clashed", new Span(1, 3, "LOC"), new Span(5, 7, "ORG")));
    // A demonym and an article opening the sentence stay out.
    assertEquals("ORG People 's Liberation Front",
        tag("The Norlandic People 's Liberation Front said", new Span(4, 6, "ORG")));
    // An owner of its own before the possessive is another name: only "People 's" joins.
    assertEquals("LOC Norland | ORG People 's Assembly",
        tag("Norland 's People 's Assembly voted", new Span(0, 1, "LOC"), new Span(4, 5, "ORG")));
    // A person is no organisation.
    Span[] person = {new Span(3, 4, "PER")};
    assertSame(person, edges.apply("Tolvik People 's Hart".split(" "), person));
  }
}
