package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link NameBoundaries}: news-style edges for the model's spans. */
class NameBoundariesTest {

  private static NameBoundaries boundaries;

  @BeforeAll
  static void gazetteer() throws IOException {
    String data = String.join("\n", "senator\tT", "sen\tST", "secretary of state\tT", "representative\tT",
        "chancellor\tT", "us\tK", "ohio\tR", "dayton\tC", "tampere\tC", "finland\tK", "the\tL",
        "finnish\tD", "south korean\tD", "jordanian\tD", "french\tFSD", "");
    boundaries = new NameBoundaries(NerGazetteer.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8))));
  }

  private static String tag(String sentence, Span... spans) {
    String[] tokens = sentence.split(" ");
    StringBuilder sb = new StringBuilder();
    for (Span s : boundaries.apply(tokens, spans)) {
      sb.append(sb.length() == 0 ? "" : " | ").append(s.getType()).append(' ')
          .append(String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())));
    }
    return sb.toString();
  }

  @Test
  void titlesBeforeAPersonsNameAreNotPartOfIt() {
    assertEquals("PER Ted Cruz", tag("Senator Ted Cruz proposed an amendment", new Span(0, 3, "PER")));
    assertEquals("PER Sherrod Brown", tag("Sen. Sherrod Brown voted", new Span(0, 3, "PER")));
    // A country and a multi-word title: everything up to the last title goes.
    assertEquals("PER Mike Pompeo",
        tag("US Secretary of State Mike Pompeo said", new Span(0, 6, "PER")));
    // A title word alone after the name is no reason to cut ("Ted Cruz" stays whole).
    assertEquals("PER Ted Cruz", tag("Ted Cruz , senator", new Span(0, 2, "PER")));
  }

  @Test
  void aTitledNameTaggedAsOrganisationOrPlaceIsThatPerson() {
    assertEquals("PER Beto O'Rourke", tag("Representative Beto O'Rourke spoke", new Span(0, 3, "ORG")));
    assertEquals("PER Aino Virtanen", tag("Chancellor Aino Virtanen arrived", new Span(0, 3, "LOC")));
    // One word after the title is too little to be sure: "Senator Hall" may be a building.
    assertEquals("ORG Senator Hall", tag("Senator Hall opened", new Span(0, 2, "ORG")));
  }

  @Test
  void aPersonsNameEndsBeforeOfAndAKnownPlaceAfterItIsAPlace() {
    assertEquals("PER Marco Rubio | LOC Ohio", tag("Marco Rubio of Ohio voted", new Span(0, 4, "PER")));
    assertEquals("PER Lena Ortiz", tag("Lena Ortiz from Nowhereville spoke", new Span(0, 4, "PER")));
  }

  @Test
  void placesJoinedByCommasAreSeparatePlaces() {
    assertEquals("LOC Dayton | LOC Ohio", tag("in Dayton , Ohio today", new Span(1, 4, "LOC")));
    assertEquals("LOC Tampere | LOC Finland | LOC Europe",
        tag("Tampere , Finland , Europe", new Span(0, 5, "LOC")));
    // An organisation keeps its comma.
    assertEquals("ORG Nokia , Inc.", tag("Nokia , Inc. said", new Span(0, 3, "ORG")));
  }

  @Test
  void demonymsAloneNameNoPersonPlaceOrOrganisation() {
    assertEquals("LOC Tampere", tag("Finnish troops left Tampere", new Span(0, 1, "LOC"), new Span(3, 4, "LOC")));
    assertEquals("", tag("South Korean officials said", new Span(0, 2, "ORG")));
    assertEquals("ORG Jordanian Army", tag("the Jordanian Army said", new Span(1, 3, "ORG")));
    // A demonym that is also a name may be a person's: "French" in "Judith French".
    assertEquals("PER French", tag("French said", new Span(0, 1, "PER")));
    assertEquals("", tag("French troops", new Span(0, 1, "LOC")));
  }

  @Test
  void spansThatNeedNoChangeAreReturnedAsTheyAre() {
    Span[] spans = {new Span(0, 2, "PER"), new Span(3, 4, "LOC")};
    assertSame(spans, boundaries.apply("Lena Ortiz in Tampere".split(" "), spans));
    Span[] changed = boundaries.apply("Senator Lena Ortiz in Tampere".split(" "),
        new Span[] {new Span(0, 3, "PER", 0.7), new Span(4, 5, "LOC", 0.9)});
    assertArrayEquals(new Span[] {new Span(1, 3, "PER", 0.7), new Span(4, 5, "LOC", 0.9)}, changed);
    assertEquals(0.7, changed[0].getProb());
  }
}
