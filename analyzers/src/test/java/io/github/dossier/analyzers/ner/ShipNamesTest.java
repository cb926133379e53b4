package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** {@link ShipNames}: the names of ships are no persons, places or organisations. */
class ShipNamesTest {

  private static final ShipNames SHIPS = new ShipNames();

  @Test
  void namesAfterOrWithAShipPrefixAreDropped() {
    String[] carrier = "strikes on the aircraft carrier USS Marta K. Delmar in the Red Sea".split(" ");
    Span[] spans = {new Span(5, 8, "PER"), new Span(10, 12, "LOC")};
    assertArrayEquals(new Span[] {new Span(10, 12, "LOC")}, SHIPS.apply(carrier, spans));

    String[] cruise = "passengers of the cruise ship MV Tarnholm off Cape Verde".split(" ");
    Span[] withPrefix = {new Span(5, 7, "ORG"), new Span(8, 10, "LOC")};
    assertArrayEquals(new Span[] {new Span(8, 10, "LOC")}, SHIPS.apply(cruise, withPrefix));

    String[] prefixAlone = "the bulk carrier MV Orvik Trader sank".split(" ");
    assertArrayEquals(new Span[0], SHIPS.apply(prefixAlone, new Span[] {new Span(3, 4, "ORG")}));
  }

  @Test
  void prefixesBeforeLowerCaseWordsAndOtherNamesStay() {
    String[] ins = "the INS said Vessa Tarn was deported".split(" ");
    Span[] spans = {new Span(1, 2, "ORG"), new Span(3, 5, "PER")};
    assertSame(spans, SHIPS.apply(ins, spans));
    String[] ss = "officers of the SS Totenkopf division".split(" ");
    Span[] org = {new Span(3, 5, "ORG")};
    assertSame(org, SHIPS.apply(ss, org));
  }
}
