package io.github.dossier.cli.stanford;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.analyzers.ner.SentenceNameFinder;
import io.github.dossier.cli.NerSystem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The Stanford CoreNLP adapters (built and run only with {@code -Pstanford}). */
class StanfordCrfSystemTest {

  @Test
  void ioAnswersBecomeOneSpanPerRunOfATypeAndMiscIsDropped() {
    Span[] spans = StanfordCrfFinder.spans(new String[] {
        "PERSON", "PERSON", "O", "LOCATION", "ORGANIZATION", "ORGANIZATION", "MISC", "PERSON"});
    assertArrayEquals(new Span[] {
        new Span(0, 2, "PER"), new Span(3, 4, "LOC"), new Span(4, 6, "ORG"), new Span(7, 8, "PER")}, spans);
    assertArrayEquals(new Span[] {new Span(0, 1, "PER"), new Span(1, 3, "PER")},
        StanfordCrfFinder.spans(new String[] {"B-PERSON", "B-PERSON", "I-PERSON"}));
    assertEquals(0, StanfordCrfFinder.spans(new String[] {"O", "MISC", "DATE"}).length);
  }

  @Test
  void bothModelsAreRegisteredForEvalNer() {
    List<String> names = new ArrayList<>();
    for (NerSystem s : ServiceLoader.load(NerSystem.class)) {
      names.add(s.name());
    }
    assertTrue(names.containsAll(List.of("stanford", "stanford-conll")), names.toString());
  }

  @Test
  void theThreeClassModelTagsTheGivenTokensWithoutRetokenising() throws IOException {
    SentenceNameFinder finder = new StanfordAll3ClassSystem().load().get();
    String[] tokens = "Angela Merkel met officials of the United Nations in Geneva on Tuesday .".split(" ");
    List<String> found = new ArrayList<>();
    for (Span s : finder.find(tokens)) {
      found.add(s.getType() + ":" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())));
    }
    assertEquals(List.of("PER:Angela Merkel", "ORG:United Nations", "LOC:Geneva"), found);
    // "U.S." stays one token: spans index the caller's tokens.
    Span[] us = finder.find("The U.S. Senate met .".split(" "));
    assertEquals(1, us.length);
    assertEquals("ORG", us[0].getType());
    assertEquals(1, us[0].getStart());
    assertEquals(3, us[0].getEnd());
    assertEquals(0, finder.find(new String[0]).length);
  }
}
