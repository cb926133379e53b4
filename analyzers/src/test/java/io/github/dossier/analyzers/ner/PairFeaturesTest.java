package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link PairFeatures}: OpenNLP's pair feature strings, made once per pair. */
class PairFeaturesTest {

  @Test
  void bothFeaturesOfAPairAreTheConcatenationsOpenNlpMakes() {
    PairFeatures classes = new PairFeatures("pwc,wc=", "wc,nc=");
    assertEquals("pwc,wc=ic,lc", classes.left("ic", "lc"));
    assertEquals("wc,nc=ic,lc", classes.right("ic", "lc"));
    assertEquals("pwc,wc=lc,ic", classes.left("lc", "ic"));
  }

  @Test
  void aPairsStringsAreMadeOnce() {
    PairFeatures shapes = new PairFeatures("sh-1,0=", "sh0,+1=");
    String first = shapes.left("Xx", "x");
    assertSame(first, shapes.left("Xx", "x"));
    assertSame(shapes.right("Xx", "x"), shapes.right(new String("Xx"), new String("x")));
  }
}
