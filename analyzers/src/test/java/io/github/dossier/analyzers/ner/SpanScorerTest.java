package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SpanScorerTest {

  private static List<String> tags(String spaceSeparated) {
    return List.of(spaceSeparated.trim().split(" +"));
  }

  @Test
  void exactMatchesCountAndPartialSpansAreBothAFalsePositiveAndAFalseNegative() {
    SpanScorer scorer = new SpanScorer(NerEvaluator.TYPES);
    //           Lena     Ortiz    met  the  Harbor   Trust   in  Porto
    scorer.addTags(
        tags("B-PER I-PER O O B-ORG I-ORG O B-LOC"),
        tags("B-PER O     O O B-ORG I-ORG O B-LOC"));

    Score per = scorer.byType().get("PER");
    assertEquals(new Score(0, 1, 1), per);
    assertEquals(new Score(1, 0, 0), scorer.byType().get("ORG"));
    assertEquals(new Score(1, 0, 0), scorer.byType().get("LOC"));
    assertEquals(new Score(2, 1, 1), scorer.micro());
    assertEquals(2.0 / 3, scorer.micro().precision(), 1e-9);
    assertEquals(2.0 / 3, scorer.micro().recall(), 1e-9);
  }

  @Test
  void wrongTypeOnTheRightSpanIsAnError() {
    SpanScorer scorer = new SpanScorer(NerEvaluator.TYPES);
    scorer.add(new Span[] {new Span(0, 1, "LOC")}, new Span[] {new Span(0, 1, "ORG")});

    assertEquals(new Score(0, 0, 1), scorer.byType().get("LOC"));
    assertEquals(new Score(0, 1, 0), scorer.byType().get("ORG"));
    assertEquals(0.0, scorer.micro().f1());
  }

  @Test
  void perTypeAndMicroNumbersOnASmallGoldAndPredictionPair() {
    SpanScorer scorer = new SpanScorer(NerEvaluator.TYPES);
    // gold: 3 PER, 2 LOC, 1 ORG; predicted: 2 PER right + 1 PER wrong, 2 LOC right, ORG missed.
    scorer.addTags(tags("B-PER O B-PER I-PER O B-LOC"), tags("B-PER O B-PER I-PER O B-LOC"));
    scorer.addTags(tags("B-ORG I-ORG O B-PER O B-LOC"), tags("O     O     O O     B-PER B-LOC"));

    assertEquals(new Score(2, 1, 1), scorer.byType().get("PER"));
    assertEquals(new Score(2, 0, 0), scorer.byType().get("LOC"));
    assertEquals(new Score(0, 0, 1), scorer.byType().get("ORG"));
    Score micro = scorer.micro();
    assertEquals(new Score(4, 1, 2), micro);
    assertEquals(0.8, micro.precision(), 1e-9);
    assertEquals(4.0 / 6, micro.recall(), 1e-9);
    assertEquals(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), micro.f1(), 1e-9);
    assertEquals(2.0 / 3, scorer.byType().get("PER").f1(), 1e-9);
  }

  @Test
  void strayInsideTagIsRepairedToABeginTag() {
    assertEquals(tags("O B-PER I-PER O B-LOC"), Iob2.repair(tags("O I-PER I-PER O I-LOC")));
    assertEquals(tags("B-PER B-LOC"), Iob2.repair(tags("B-PER I-LOC")));
    assertEquals(tags("O O B-ORG"), Iob2.repair(tags("B-MISC I-MISC I-ORG")));

    SpanScorer scorer = new SpanScorer(NerEvaluator.TYPES);
    scorer.addTags(tags("O B-PER I-PER"), tags("O I-PER I-PER"));
    assertEquals(new Score(1, 0, 0), scorer.byType().get("PER"));
  }

  @Test
  void spansAreEndExclusiveAndTyped() {
    Span[] spans = Iob2.toSpans(tags("B-PER I-PER O B-LOC B-LOC"));

    assertEquals(3, spans.length);
    assertEquals(new Span(0, 2, "PER"), spans[0]);
    assertEquals(new Span(3, 4, "LOC"), spans[1]);
    assertEquals(new Span(4, 5, "LOC"), spans[2]);
  }

  @Test
  void emptyScoresAreZeroNotNaN() {
    Score none = new Score(0, 0, 0);
    assertEquals(0.0, none.precision());
    assertEquals(0.0, none.recall());
    assertEquals(0.0, none.f1());
  }
}
