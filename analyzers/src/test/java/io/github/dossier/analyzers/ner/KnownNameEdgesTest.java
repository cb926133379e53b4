package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link KnownNameEdges}: a name widens over the words the gazetteer knows together with it. */
class KnownNameEdgesTest {

  private static KnownNameEdges edges;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "new norland\tR", "norland\tK", "upper vessa\tC", "vessa\tV",
        "tolvik trust\tO", "the norland\tK", "orla norland\tCP", "kestrel bay\tV", "");
    edges = new KnownNameEdges(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(edges::apply, sentence, spans);
  }

  @Test
  void aPlaceOrOrganisationTakesTheWordsTheGazetteerKnowsWithIt() {
    assertEquals("LOC New Norland", tag("former New Norland governor", new Span(2, 3, "LOC")));
    assertEquals("LOC Upper Vessa", tag("in Upper Vessa on Monday", new Span(1, 2, "ORG")));
    assertEquals("ORG Tolvik Trust", tag("the Tolvik Trust said", new Span(1, 2, "LOC")));
  }

  @Test
  void notOverTownsPersonsArticlesOrOtherSpans() {
    Span[] town = {new Span(1, 2, "LOC")};
    assertSame(town, edges.apply("in Kestrel Bay".split(" "), town));
    Span[] person = {new Span(1, 2, "LOC")};
    assertSame(person, edges.apply("met Orla Norland".split(" "), person));
    Span[] article = {new Span(1, 2, "LOC")};
    assertSame(article, edges.apply("The Norland".split(" "), article));
    Span[] tagged = {new Span(0, 1, "PER"), new Span(1, 2, "LOC")};
    assertSame(tagged, edges.apply("New Norland".split(" "), tagged));
    Span[] people = {new Span(1, 2, "PER")};
    assertSame(people, edges.apply("at New Norland".split(" "), people));
  }
}
