package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link NerGazetteer}: words and phrases with category bits, and the filter over phrase starts. */
class NerGazetteerTest {

  private static final NerGazetteer GAZETTEER = SpanRuleFixtures.gazetteer(String.join("\n",
      "new norland\tR", "new norland city\tC", "upper vessa river\tY", "norland\tK", "norland\tO", "sen\tST", ""));

  @Test
  void wordsAndPhrasesHaveTheUnionOfTheirCategories() {
    assertEquals(NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.ORGANIZATION.bit, GAZETTEER.word("norland"));
    assertEquals(NerGazetteer.Category.REGION.bit, GAZETTEER.phrase("new norland"));
    assertEquals(0, GAZETTEER.phrase("old norland"));
    assertEquals(3, GAZETTEER.maxPhraseLength());
    assertTrue(GAZETTEER.startsPhrase("upper"));
    assertTrue(GAZETTEER.startsLongerPhrase("new norland"));
    assertFalse(GAZETTEER.startsLongerPhrase("norland"));
  }

  @Test
  void theFirstTwoWordsOfEveryPhrasePassTheFilterAndOthersAlmostNeverDo() {
    assertTrue(GAZETTEER.mayStartWith("new", "norland"));
    assertTrue(GAZETTEER.mayStartWith("upper", "vessa"));
    int passed = 0;
    for (int i = 0; i < 10_000; i++) {
      if (GAZETTEER.mayStartWith("word" + i, "other" + i)) {
        passed++;
      }
    }
    assertTrue(passed < 10, "false positives of the pair filter: " + passed);
  }

  @Test
  void phraseKeysAreLowerCasedAndMayDropFinalPeriods() {
    String[] tokens = {"Sen.", "New", "Norland"};
    assertEquals("sen. new norland", NerGazetteer.phraseKey(tokens, 0, 3, false));
    assertEquals("sen new norland", NerGazetteer.phraseKey(tokens, 0, 3, true));
    assertEquals("norland", NerGazetteer.phraseKey(tokens, 2, 3, false));
  }

  @Test
  void forEachVisitsEveryEntry() {
    Map<String, Integer> seen = new HashMap<>();
    GAZETTEER.forEach(seen::put);
    assertEquals(GAZETTEER.size(), seen.size());
    assertEquals(NerGazetteer.Category.CITY.bit, seen.get("new norland city"));
  }

  @Test
  void aLineWithoutCodesIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpanRuleFixtures.gazetteer("new norland\n"));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }
}
