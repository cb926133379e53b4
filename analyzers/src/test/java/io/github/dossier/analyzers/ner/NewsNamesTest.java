package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** {@link NewsNames}: untagged names that recent news writes often take their usual type. */
class NewsNamesTest {

  private final NewsNames names = new NewsNames(Map.of("Kestrelink", "ORG", "Vessaland", "LOC",
      "Orla Brask", "PER", "Armed Forces", "ORG"));

  private String tag(String sentence, Span... spans) {
    return SpanRuleFixtures.tag(names::apply, sentence, spans);
  }

  @Test
  void anUntaggedListedNameTakesItsType() {
    assertEquals("ORG Kestrelink", tag("Kestrelink successfully launches two satellites"));
    assertEquals("LOC Vessaland | PER Orla Brask", tag("Vessaland forces said Orla Brask fled"));
    assertEquals("ORG Kestrelink", tag("The Kestrelink rocket exploded"));
    assertEquals(NewsNames.PROBABILITY, names.apply("Kestrelink said".split(" "), new Span[0])[0].getProb());
  }

  @Test
  void partsOfLongerNamesAndTaggedNamesAreLeftAlone() {
    assertEquals("", tag("the Kestrelink Foundation said"));
    assertEquals("", tag("Commander of the Armed Forces of Vessaland"));
    assertEquals("", tag("the League for the Defence of Armed Forces said"));
    assertEquals("", tag("kestrelink said"));
    Span[] spans = {new Span(0, 1, "PER")};
    assertSame(spans, names.apply("Kestrelink said".split(" "), spans));
  }

  @Test
  void theListReadsNameTypeLinesAndNamesABadLine() throws IOException {
    NewsNames read = NewsNames.read(new ByteArrayInputStream(
        "# comment\nKestrelink\tORG\t12\nOrla Brask\tPER\t4\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, read.size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsNames.read(
        new ByteArrayInputStream("Kestrelink\tCOMPANY\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void theShippedListHoldsRecentNewsNames() {
    NewsNames shipped = NewsNames.shared();
    assertTrue(shipped.size() > 500, "names: " + shipped.size());
    assertEquals("ORG SpaceX", SpanRuleFixtures.tag(shipped::apply, "SpaceX successfully launches a rocket"));
  }
}
