package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** {@link StormNames}: the names of storms are no persons, places or organisations. */
class StormNamesTest {

  private static final StormNames STORMS = new StormNames();

  @Test
  void stormsWithOrAfterTheirTitleAreDropped() {
    String[] typhoon = "Typhoon Marisol makes landfall in Vessa province".split(" ");
    assertArrayEquals(new Span[] {new Span(5, 6, "LOC")},
        STORMS.apply(typhoon, new Span[] {new Span(0, 2, "LOC"), new Span(5, 6, "LOC")}));
    String[] tropical = "Tropical Storm Orvane weakens".split(" ");
    assertArrayEquals(new Span[0], STORMS.apply(tropical, new Span[] {new Span(0, 3, "PER")}));
    String[] after = "damage caused by Hurricane Tavira in Orvik".split(" ");
    assertArrayEquals(new Span[] {new Span(6, 7, "LOC")},
        STORMS.apply(after, new Span[] {new Span(4, 5, "PER"), new Span(6, 7, "LOC")}));
  }

  @Test
  void organisationsNamedAfterStormsAndOtherNamesStay() {
    String[] center = "the Storm Prediction Center warned of tornadoes".split(" ");
    Span[] org = {new Span(1, 4, "ORG")};
    assertSame(org, STORMS.apply(center, org));
    String[] person = "Marisol Tavira said the storm weakened".split(" ");
    Span[] per = {new Span(0, 2, "PER")};
    assertSame(per, STORMS.apply(person, per));
  }
}
