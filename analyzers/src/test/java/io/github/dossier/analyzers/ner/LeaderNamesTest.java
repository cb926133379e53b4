package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link LeaderNames}: "the Trump administration" names the person Trump. */
class LeaderNamesTest {

  private static LeaderNames leaders;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "trump\tS", "assad\tFS", "obama\tSCN", "paris\tFSC", "labour\tL",
        "israel\tFSK", "kingdom\tFS", "");
    leaders = new LeaderNames(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(leaders::apply, sentence, spans);
  }

  @Test
  void aSurnameBeforeAGovernmentNounIsAPerson() {
    assertEquals("PER Trump", tag("a judge blocks the Trump administration 's plan"));
    assertEquals("PER Trump", tag("The Trump administration said"));
    assertEquals("PER Assad | LOC Syria", tag("the fall of the Assad regime in Syria", new Span(7, 8, "LOC")));
    assertEquals("PER Obama", tag("under the Obama administration"));
    assertEquals(LeaderNames.PROBABILITY, leaders.apply("the Trump administration".split(" "), new Span[0])[0].getProb());
  }

  @Test
  void placesPartiesAndLongerNamesAreLeftAlone() {
    assertEquals("", tag("the Paris government"));
    assertEquals("", tag("the Labour government"));
    assertEquals("", tag("the Israel government"));
    assertEquals("", tag("the United Kingdom government"));
    assertEquals("", tag("the Trump campaign"));
    Span[] spans = {new Span(1, 3, "PER")};
    assertSame(spans, leaders.apply("the Donald Trump administration".split(" "), spans));
  }
}
