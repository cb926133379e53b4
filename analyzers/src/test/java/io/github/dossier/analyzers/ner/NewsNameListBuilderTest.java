package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link NewsNameListBuilder}: which names the news-name list keeps. */
class NewsNameListBuilderTest {

  private static final NerGazetteer GAZETTEER = SpanRuleFixtures.gazetteer(String.join("\n",
      "prime minister\tT", "vessan\tD", "orla\tF", "tolvik\tFC", ""));

  @Test
  void keepsNamesTaggedInSeveralArticlesWithOneType() {
    Map<String, String> kept = NewsNameListBuilder.select(Map.of(
        "Kestrelink", Map.of("ORG", 9, "LOC", 1),   // 90 % ORG
        "Vessaland", Map.of("LOC", 4),
        "Brask", Map.of("PER", 3),                  // too few articles
        "Orvik", Map.of("PER", 5, "LOC", 5),        // no one type
        "Tolvik", Map.of("LOC", 6)), GAZETTEER);    // a first name that is also a city
    assertEquals(Map.of("Kestrelink", "ORG", "Vessaland", "LOC", "Tolvik", "LOC"), kept);
  }

  @Test
  void dropsTitlesDemonymsCommonWordsFirstNamesAndLowerCaseWords() {
    Map<String, String> kept = NewsNameListBuilder.select(Map.of(
        "Prime Minister", Map.of("PER", 40),
        "Vessan", Map.of("LOC", 12),
        "North", Map.of("LOC", 8),
        "Orla", Map.of("PER", 8),
        "The Vessa Times", Map.of("ORG", 8),
        "Vessa province", Map.of("LOC", 8)), GAZETTEER);
    assertEquals(Map.of(), kept);
  }
}
