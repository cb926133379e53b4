package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** {@link ParentheticalAcronyms}: an acronym in brackets after a name has the name's type. */
class ParentheticalAcronymsTest {

  private final ParentheticalAcronyms acronyms = new ParentheticalAcronyms();

  private String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(acronyms::apply, sentence, spans);
  }

  @Test
  void theAcronymAfterAnOrganisationOrPlaceIsItsType() {
    assertEquals("ORG Vessan Central Command | ORG VCC",
        tag("the Vessan Central Command ( VCC ) said", new Span(1, 4, "ORG")));
    assertEquals("LOC Democratic Republic of Norland | LOC DRN",
        tag("in the Democratic Republic of Norland ( DRN ) ,", new Span(2, 6, "LOC")));
    assertEquals("ORG Office for Tolvik Affairs | ORG O.T.A.",
        tag("the Office for Tolvik Affairs ( O.T.A. ) said", new Span(1, 5, "ORG")));
  }

  @Test
  void otherBracketedWordsAreLeftAlone() {
    // No initial of the name, a lower-case letter, more than one token, a person, or already tagged.
    assertEquals("ORG Parliament", tag("Member of Parliament ( MP ) Orla Brask", new Span(2, 3, "ORG")));
    assertEquals("ORG Kestrel", tag("Kestrel ( Kestrel Inc ) said", new Span(0, 1, "ORG")));
    assertEquals("ORG Kestrel", tag("Kestrel ( Kes ) said", new Span(0, 1, "ORG")));
    assertEquals("PER Orla Brask", tag("Orla Brask ( OB ) said", new Span(0, 2, "PER")));
    assertEquals("ORG Kestrel | LOC KA", tag("Kestrel ( KA ) said", new Span(0, 1, "ORG"), new Span(2, 3, "LOC")));
  }
}
