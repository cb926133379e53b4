package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TitledNames}: the untagged name after a title is a person. */
class TitledNamesTest {

  private static TitledNames titled;

  @BeforeAll
  static void gazetteer() {
    String data = String.join("\n", "president\tST", "minister\tT", "prime minister\tT", "foreign minister\tT",
        "general\tLT", "motors\tL", "syrian\tD", "pope\tSTN", "paris\tFSC", "france\tK", "general motors\tO",
        "sen\tT", "king\tT", "star\tFSTLV", "teacher\tTL", "assembly\tZ", "lyon\tC", "obama\tSCN", "");
    titled = new TitledNames(SpanRuleFixtures.gazetteer(data));
  }

  private static String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(titled::apply, sentence, spans);
  }

  @Test
  void anUntaggedNameAfterATitleIsAPerson() {
    assertEquals("PER Trump", tag("Both President Trump and some Democrats agreed"));
    assertEquals("PER Bashar al-Assad", tag("ousting Syrian President Bashar al-Assad ."));
    assertEquals("PER Sheikh Hasina", tag("a court sentences former prime minister Sheikh Hasina to five years"));
    assertEquals("PER Francis", tag("On Thursday , Pope Francis announced"));
    assertEquals("PER Luiz Inácio Lula da Silva", tag("with President Luiz Inácio Lula da Silva ."));
    assertEquals("PER Obama", tag("said President Obama"));
    assertEquals("PER Warren", tag("said Sen. Warren"));
    assertEquals(TitledNames.PROBABILITY, titled.apply("said President Trump".split(" "), new Span[0])[0].getProb());
  }

  @Test
  void placesOrganisationsCommonWordsAndTaggedNamesAreLeftAlone() {
    assertEquals("", tag("shares of General Motors fell"));
    assertEquals("", tag("the President France said"));
    assertEquals("", tag("the King Lyon visit"));
    assertEquals("", tag("Minister"));
    assertEquals("", tag("the Star Wars films"));
    assertEquals("", tag("as a teacher I learned"));
    assertEquals("", tag("the UN General Assembly voted"));
    Span[] spans = {new Span(1, 3, "PER")};
    assertSame(spans, titled.apply("President Ada Lovelace spoke".split(" "), spans));
  }
}
