package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CountryNames}: untagged country names are places. */
class CountryNamesTest {

  private static CountryNames countries;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "u.s.\tM", "iraq\tK", "democratic republic of the congo\tK",
        "trinidad and tobago\tK", "chad\tFSK", "jordan\tFSPK", "thai\tKD", "china\tFSK", "turkey\tKL", "");
    countries = new CountryNames(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(countries::apply, sentence, spans);
  }

  @Test
  void anUntaggedCountryNameIsAPlace() {
    assertEquals("LOC U.S. | PER Angel Kelley",
        tag("U.S. federal judge Angel Kelley ruled", new Span(3, 5, "PER")));
    assertEquals("LOC U.S.", tag("two U.S. service members died"));
    assertEquals("LOC Democratic Republic of the Congo",
        tag("an outbreak in the Democratic Republic of the Congo"));
    assertEquals("LOC Trinidad and Tobago", tag("flights to Trinidad and Tobago"));
    assertEquals("LOC Iraq", tag("Iraq signed", new Span[0]));
    // An article opening the sentence is no part of the name.
    assertEquals("LOC U.S.", tag("The U.S. military 's Central Command confirmed"));
    assertEquals("", tag("A Iraq Museum guide said"));
    assertEquals(CountryNames.PROBABILITY, countries.apply("Iraq signed".split(" "), new Span[0])[0].getProb());
  }

  @Test
  void namesThatAreAlsoSomethingElseAreLeftAlone() {
    // Part of a longer name, or covered by the model's own span.
    assertEquals("", tag("the Iraq Museum"));
    assertEquals("ORG U.S. Army", tag("the U.S. Army said", new Span(1, 3, "ORG")));
    // A famous person, a demonym, a usually lower-case word, or a first name before a surname.
    assertEquals("", tag("a game against Jordan tonight"));
    assertEquals("", tag("a Thai restaurant"));
    assertEquals("", tag("roast Turkey"));
    assertEquals("", tag("Chad Brask said no"));
    // A country that is also a first name is the country, also at the start of a sentence.
    assertEquals("LOC Chad", tag("troops left Chad"));
    assertEquals("LOC Chad", tag("Chad closes its border"));
  }

  @Test
  void withNothingToAddTheSpansAreReturnedAsTheyAre() {
    Span[] spans = {new Span(0, 2, "PER")};
    assertSame(spans, countries.apply("Lena Ortiz spoke".split(" "), spans));
  }
}
