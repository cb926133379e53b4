package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** {@link EntitySetScorer}: per document, distinct (type, name) pairs rather than mentions. */
class EntitySetScorerTest {

  private static final String[] FIRST = "Prime Minister Mark Carney met Ursula von der Leyen in Ottawa .".split(" ");
  private static final String[] SECOND = "Carney told von der Leyen that Ottawa ’s offer stands .".split(" ");
  private static final String[] THIRD = "In Ottawa , Carney ’s office said Canada agreed .".split(" ");

  @Test
  void aNameFoundOnceInADocumentIsFoundHoweverOftenItIsMissedElsewhere() {
    EntitySetScorer scorer = new EntitySetScorer(NerEvaluator.TYPES);
    scorer.add(FIRST,
        spans(new Span(2, 4, "PER"), new Span(5, 9, "PER"), new Span(10, 11, "LOC")),
        spans(new Span(2, 4, "PER"), new Span(5, 9, "PER"), new Span(10, 11, "LOC")));
    // Second sentence: "Carney" is found; "von der Leyen" is missed, and finding the longer name in
    // the first sentence does not help: it is another name, so another entity.
    scorer.add(SECOND,
        spans(new Span(0, 1, "PER"), new Span(2, 5, "PER"), new Span(6, 7, "LOC")),
        spans(new Span(0, 1, "PER")));
    scorer.endDocument();

    assertEquals(new Score(3, 0, 1), scorer.byType().get("PER"), "mark carney, ursula von der leyen, carney");
    assertEquals(new Score(1, 0, 0), scorer.byType().get("LOC"), "ottawa, missed in the second sentence only");
    assertEquals(new Score(0, 0, 0), scorer.byType().get("ORG"));
  }

  @Test
  void aWrongNameCountsOncePerDocumentAndTheSetsStartAfreshForTheNext() {
    EntitySetScorer scorer = new EntitySetScorer(List.of("PER", "LOC", "ORG"));
    scorer.add(THIRD,
        spans(new Span(1, 2, "LOC"), new Span(3, 4, "PER"), new Span(7, 8, "LOC")),
        spans(new Span(1, 2, "ORG"), new Span(3, 4, "PER"), new Span(7, 8, "LOC")));
    scorer.add(SECOND,
        spans(new Span(0, 1, "PER"), new Span(2, 5, "PER"), new Span(6, 7, "LOC")),
        spans(new Span(0, 1, "PER"), new Span(2, 5, "PER"), new Span(6, 7, "ORG")));
    scorer.endDocument();
    // The next document names Ottawa correctly: it is found there, in its own set.
    scorer.add(FIRST, spans(new Span(10, 11, "LOC")), spans(new Span(10, 11, "LOC")));
    scorer.endDocument();

    assertEquals(new Score(0, 1, 0), scorer.byType().get("ORG"), "ottawa as ORG, once for two mentions");
    assertEquals(new Score(2, 0, 1), scorer.byType().get("LOC"), "canada and the second ottawa; first ottawa missed");
    assertEquals(new Score(2, 0, 0), scorer.byType().get("PER"), "carney and von der leyen");
  }

  @Test
  void namesAreComparedCaseInsensitivelyWithTypographicApostrophesAsAscii() {
    assertEquals("ottawa 's", EntitySetScorer.name("Ottawa ’s".split(" "), new Span(0, 2)));
    assertEquals("von der leyen", EntitySetScorer.name("VON der Leyen".split(" "), new Span(0, 3)));

    EntitySetScorer scorer = new EntitySetScorer(NerEvaluator.TYPES);
    scorer.add(new String[] {"NATO", "met"}, spans(new Span(0, 1, "ORG")), spans());
    scorer.add(new String[] {"Nato", "met"}, spans(), spans(new Span(0, 1, "ORG")));
    scorer.endDocument();
    assertEquals(new Score(1, 0, 0), scorer.byType().get("ORG"));
  }

  @Test
  void spansWithoutTypeOrOutsideTheSentenceAreNamed() {
    EntitySetScorer scorer = new EntitySetScorer(NerEvaluator.TYPES);
    IllegalArgumentException untyped = assertThrows(IllegalArgumentException.class,
        () -> scorer.add(FIRST, spans(new Span(0, 1)), spans()));
    assertEquals("gold span [0..1) has no type", untyped.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> scorer.add(new String[] {"Kyiv"}, spans(), spans(new Span(0, 2, "LOC"))));
    assertEquals("predicted span [0..2) LOC lies outside the sentence's 1 tokens", outside.getMessage());
  }

  private static Span[] spans(Span... spans) {
    return spans;
  }
}
