package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link InvertedNames}: "Surname , First" standing alone, as a mail header writes it, is one person. */
class InvertedNamesTest {

  private static InvertedNames names;

  @BeforeAll
  static void gazetteer() {
    names = new InvertedNames(SpanRuleFixtures.gazetteer(String.join("\n", "orla\tF", "marten\tFS", "")));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(names::apply, sentence, spans);
  }

  @Test
  void aSurnameCommaFirstNameAloneIsOnePerson() {
    assertEquals("PER Quistberg , Orla", tag("\" Quistberg , Orla \"", new Span(1, 2, "PER"), new Span(3, 4, "PER")));
    assertEquals("PER Quistberg , Marten | ORG Tolvik",
        tag("Quistberg , Marten < mq@tolvik.com > Tolvik", new Span(0, 1, "PER"), new Span(2, 3, "PER"),
            new Span(6, 7, "ORG")));
  }

  @Test
  void notInRunningTextNorWithoutAFirstName() {
    Span[] list = {new Span(1, 2, "PER"), new Span(3, 4, "PER")};
    assertSame(list, names.apply("thanks Quistberg , Orla and Brask".split(" "), list));
    Span[] surnames = {new Span(1, 2, "PER"), new Span(3, 4, "PER")};
    assertSame(surnames, names.apply("\" Quistberg , Brask \"".split(" "), surnames));
    Span[] longer = {new Span(1, 3, "PER"), new Span(4, 5, "PER")};
    assertSame(longer, names.apply("\" Ada Quistberg , Orla \"".split(" "), longer));
  }
}
