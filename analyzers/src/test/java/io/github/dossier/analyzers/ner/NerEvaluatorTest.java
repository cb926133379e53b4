package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.analyzers.ner.NerCorpusReader.Layout;
import io.github.dossier.analyzers.ner.NerEvaluator.Evaluation;
import io.github.dossier.analyzers.ner.NerEvaluator.Mode;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link NerEvaluator} scoring a system other than Dossier's model through {@link SentenceNameFinder}. */
class NerEvaluatorTest {

  /** Two documents, three sentences, seven PER/LOC/ORG entities; the MISC entity is not scored. */
  private static final String GOLD = String.join("\n",
      "-DOCSTART-\tO", "",
      "Lena\tB-PER", "Ortiz\tI-PER", "flew\tO", "to\tO", "Porto\tB-LOC", "with\tO", "Harbor\tB-ORG", "Trust\tI-ORG",
      "staff\tO", ".\tO", "",
      "Ortiz\tB-PER", "praised\tO", "Porto\tB-LOC", ".\tO", "",
      "-DOCSTART-\tO", "",
      "Ortiz\tB-ORG", "Bank\tI-ORG", "opened\tO", "in\tO", "Lisbon\tB-LOC", "on\tO", "Expo\tB-MISC", "day\tO", ".\tO",
      "", "");

  private static List<NerDocument> gold;

  @BeforeAll
  static void read() throws IOException {
    gold = NerCorpusReader.read(new StringReader(GOLD), Layout.TWO_COLUMN, "gold");
    assertEquals(2, gold.size());
  }

  /**
   * A toy system: a run of capitalised tokens is a LOC if it is a known place, an ORG if it ends
   * in "Trust" or "Bank", a PER if it has two or more tokens, and a single unknown capitalised word
   * is a PER only if it was part of a person found earlier in the same document.
   */
  private static class CapitalisedRuns implements SentenceNameFinder {
    private final Set<String> people = new HashSet<>();
    int clears;

    @Override
    public Span[] find(String[] tokens) {
      List<Span> spans = new ArrayList<>();
      int i = 0;
      while (i < tokens.length) {
        if (!Character.isUpperCase(tokens[i].charAt(0))) {
          i++;
          continue;
        }
        int start = i;
        while (i < tokens.length && Character.isUpperCase(tokens[i].charAt(0))) {
          i++;
        }
        String last = tokens[i - 1];
        String type;
        if (i - start == 1 && Set.of("Porto", "Lisbon").contains(last)) {
          type = "LOC";
        } else if (last.equals("Trust") || last.equals("Bank")) {
          type = "ORG";
        } else if (i - start >= 2 || people.contains(last)) {
          type = "PER";
          for (int k = start; k < i; k++) {
            people.add(tokens[k]);
          }
        } else {
          continue;
        }
        spans.add(new Span(start, i, type));
      }
      return spans.toArray(new Span[0]);
    }

    @Override
    public void clear() {
      people.clear();
      clears++;
    }
  }

  @Test
  void sentenceModeScoresAnySystemOnTheGoldTokensAndForgetsBetweenSentences() {
    List<CapitalisedRuns> made = new ArrayList<>();
    Evaluation e = NerEvaluator.evaluate(
        () -> add(made, new CapitalisedRuns()), "gold", gold, Mode.SENTENCES, Duration.ZERO);

    assertEquals("gold", e.file());
    assertEquals(Mode.SENTENCES, e.mode());
    assertEquals(2, e.documents());
    assertEquals(3, e.sentences());
    assertEquals(23, e.tokens());
    // The lone "Ortiz" of the second sentence is missed: its first mention was in another sentence.
    assertEquals(new Score(1, 0, 1), e.types().get("PER"));
    assertEquals(new Score(3, 0, 0), e.types().get("LOC"));
    assertEquals(new Score(2, 0, 0), e.types().get("ORG"));
    assertEquals(new Score(6, 0, 1), e.micro());
    assertEquals(1.0, e.micro().precision());
    assertEquals(6.0 / 7, e.micro().recall(), 1e-9);
    assertEquals(12.0 / 13, e.micro().f1(), 1e-9);
    assertEquals(0.5, e.types().get("PER").recall());
    // At document level Porto counts once although it is found twice; the missed lone "Ortiz" is a
    // name of its own and still missed.
    assertEquals(new Score(1, 0, 1), e.documentTypes().get("PER"));
    assertEquals(new Score(2, 0, 0), e.documentTypes().get("LOC"));
    assertEquals(new Score(2, 0, 0), e.documentTypes().get("ORG"));
    assertEquals(new Score(5, 0, 1), e.documentMicro());
    assertTrue(e.tokensPerSecond() > 0, "tokens/s " + e.tokensPerSecond());
    assertTrue(e.tokensPerCpuSecond() > 0, "tokens per CPU-second " + e.tokensPerCpuSecond());
    // One finder scores, a fresh one is timed; the scoring one is cleared at both document starts
    // and before each of the three sentences.
    assertEquals(2, made.size());
    assertEquals(5, made.get(0).clears);
  }

  @Test
  void documentModeKeepsTheSystemsMemoryWithinADocumentOnly() {
    List<CapitalisedRuns> made = new ArrayList<>();
    Evaluation e = NerEvaluator.evaluate(
        () -> add(made, new CapitalisedRuns()), "gold", gold, Mode.DOCUMENTS, Duration.ZERO);

    assertEquals(Mode.DOCUMENTS, e.mode());
    assertEquals(new Score(2, 0, 0), e.types().get("PER"));
    assertEquals(new Score(7, 0, 0), e.micro());
    assertEquals(1.0, e.micro().f1());
    assertEquals(new Score(6, 0, 0), e.documentMicro(), "Porto counts once in its document");
    assertEquals(2, made.get(0).clears, "cleared once per document");
  }

  @Test
  void aSystemThatFindsNothingScoresZeroWithEveryGoldEntityMissed() {
    SentenceNameFinder none = new SentenceNameFinder() {
      @Override
      public Span[] find(String[] tokens) {
        return new Span[0];
      }

      @Override
      public void clear() {}
    };
    Evaluation e = NerEvaluator.evaluate(() -> none, "gold", gold, Mode.SENTENCES, Duration.ZERO);

    assertEquals(new Score(0, 0, 2), e.types().get("PER"));
    assertEquals(new Score(0, 0, 7), e.micro());
    assertEquals(0.0, e.micro().f1());
  }

  @Test
  void systemsEvaluatedTogetherAreScoredAloneAndTakeTurnsInTheirTimedPasses() {
    // Every finder logs its system's name when it is cleared at a document start; with two
    // documents a pass over the file is two entries.
    List<String> log = new ArrayList<>();
    List<Integer> made = new ArrayList<>(List.of(0, 0));
    Supplier<SentenceNameFinder> runs = () -> logged(log, made, 0, "runs", new CapitalisedRuns());
    Supplier<SentenceNameFinder> none = () -> logged(log, made, 1, "none", new CapitalisedRuns() {
      @Override
      public Span[] find(String[] tokens) {
        return new Span[0];
      }
    });

    List<Evaluation> both = NerEvaluator.evaluateTogether(List.of(runs, none), "gold", gold, Mode.DOCUMENTS,
        Duration.ZERO);

    assertEquals(2, both.size());
    assertEquals(new Score(2, 0, 0), both.get(0).types().get("PER"));
    assertEquals(new Score(7, 0, 0), both.get(0).micro());
    assertEquals(new Score(0, 0, 7), both.get(1).micro());
    assertTrue(both.get(1).tokensPerCpuSecond() > 0, "tokens per CPU-second " + both.get(1).tokensPerCpuSecond());
    // Each system was made twice: once to score, once to time.
    assertEquals(List.of(2, 2), made);
    // The timed finders warm up one after the other, then take turns, five passes each, in
    // alternating order: runs, none, none, runs, runs, none, ...
    List<String> timedPasses = new ArrayList<>();
    for (int i = 0; i + 1 < log.size(); i += 2) {
      assertEquals(log.get(i), log.get(i + 1), "a pass is two document starts of one finder");
      timedPasses.add(log.get(i));
    }
    int warmUpPasses = timedPasses.size() - 10;
    assertTrue(warmUpPasses >= 2, "warm-up passes " + warmUpPasses);
    assertEquals(List.of("runs", "none", "none", "runs", "runs", "none", "none", "runs", "runs", "none"),
        timedPasses.subList(warmUpPasses, timedPasses.size()));
    assertEquals("none", timedPasses.get(warmUpPasses - 1), "the second system warms up last");
  }

  /** Makes {@code finder} log {@code name} at every clear() if it is its system's timed (second) finder. */
  private static SentenceNameFinder logged(
      List<String> log, List<Integer> made, int system, String name, CapitalisedRuns finder) {
    int made0 = made.get(system);
    made.set(system, made0 + 1);
    if (made0 == 0) {
      return finder;
    }
    return new SentenceNameFinder() {
      @Override
      public Span[] find(String[] tokens) {
        return finder.find(tokens);
      }

      @Override
      public void clear() {
        finder.clear();
        log.add(name);
      }
    };
  }

  @Test
  void speedIsTheMedianPassSoOneSlowPassDoesNotMoveIt() {
    assertEquals(3.0, NerEvaluator.median(List.of(3L, 1000L, 2L, 4L, 3L)));
    assertEquals(2.5, NerEvaluator.median(List.of(4L, 1L, 3L, 2L)));
  }

  @Test
  void badSystemsAndEmptyCorporaAreNamed() {
    NullPointerException nullFinder = assertThrows(NullPointerException.class,
        () -> NerEvaluator.evaluate(() -> null, "gold", gold, Mode.SENTENCES, Duration.ZERO));
    assertEquals("the name finder supplier returned null", nullFinder.getMessage());

    SentenceNameFinder nullSpans = new SentenceNameFinder() {
      @Override
      public Span[] find(String[] tokens) {
        return null;
      }

      @Override
      public void clear() {}

      @Override
      public String toString() {
        return "NullSpans";
      }
    };
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> NerEvaluator.evaluate(() -> nullSpans, "gold", gold, Mode.SENTENCES, Duration.ZERO));
    assertEquals("name finder NullSpans returned null spans", npe.getMessage());

    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> NerEvaluator.evaluate(CapitalisedRuns::new, "empty.tsv", List.of(), Mode.SENTENCES, Duration.ZERO));
    assertEquals("corpus empty.tsv has no sentence to evaluate", empty.getMessage());

    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> NerEvaluator.evaluate(CapitalisedRuns::new, "gold", gold, Mode.SENTENCES, Duration.ofSeconds(-1)));
    assertEquals("the warm-up must not be negative, got PT-1S", negative.getMessage());
  }

  private static CapitalisedRuns add(List<CapitalisedRuns> made, CapitalisedRuns finder) {
    made.add(finder);
    return finder;
  }
}
