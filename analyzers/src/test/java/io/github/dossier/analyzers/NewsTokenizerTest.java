package io.github.dossier.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

  private static List<String> tokens(String text, boolean splitHyphens) {
    List<Span> spans = new ArrayList<>();
    new NewsTokenizer(splitHyphens).tokenize(text, 0, text.length(), spans);
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(text.substring(s.getStart(), s.getEnd()));
    }
    return out;
  }

  private static List<String> tokens(String text) {
    return tokens(text, false);
  }

  @Test
  void keepsDottedAcronymsAbbreviationsAndInitialsWhole() {
    assertEquals(List.of("The", "U.S.", "and", "the", "U.K.", "agreed", "."),
        tokens("The U.S. and the U.K. agreed."));
    assertEquals(List.of("Gen.", "Alexus", "Grynkewich", "met", "Mr.", "Peskov", "in", "St.", "Petersburg"),
        tokens("Gen. Alexus Grynkewich met Mr. Peskov in St. Petersburg"));
    assertEquals(List.of("J.", "R.", "R.", "Tolkien", "wrote", "."), tokens("J. R. R. Tolkien wrote."));
  }

  @Test
  void splitsPossessivesAndCliticsInBothApostropheForms() {
    assertEquals(List.of("Russia", "’s", "war", "and", "Trump", "'s", "envoys"),
        tokens("Russia’s war and Trump's envoys"));
    assertEquals(List.of("they", "did", "n’t", "say", ",", "we", "'re", "told"),
        tokens("they didn’t say, we're told"));
    assertEquals(List.of("other", "countries", "’", "infrastructure"), tokens("other countries’ infrastructure"));
  }

  @Test
  void splitsPunctuationQuotesDashesAndSlashes() {
    assertEquals(List.of("“", "I", "think", ",", "”", "Trump", "told", "reporters", "."),
        tokens("“I think,” Trump told reporters."));
    assertEquals(List.of("‘", "just", "below", "the", "threshold", "of", "war", ".", "’"),
        tokens("‘just below the threshold of war.’"));
    assertEquals(List.of("guarantees", "—", "something"), tokens("guarantees — something"));
    assertEquals(List.of("(", "Thomas", "Peter", "/", "Reuters", ")"), tokens("(Thomas Peter/Reuters)"));
    assertEquals(List.of("$", "200M", "and", "800,000", "troops", "in", "2022", "."),
        tokens("$200M and 800,000 troops in 2022."));
  }

  @Test
  void keepsHashtagsAndHandlesWhole() {
    assertEquals(List.of("#U.S", "#Kyiv", "#CBC", "@cbcnews", "."), tokens("#U.S #Kyiv #CBC @cbcnews."));
  }

  @Test
  void zeroWidthCharactersSeparateWords() {
    assertEquals(List.of("language", ":", "Puerto", "Rico", "necesita"),
        tokens("language: \u200DPuerto Rico\u200B necesita"));
  }

  @Test
  void hyphensFollowTheChosenStyle() {
    assertEquals(List.of("a", "four-year", "war", "and", "the", "U.S.", "-", "authored", "plan"),
        tokens("a four-year war and the U.S.-authored plan"));
    assertEquals(List.of("a", "four", "-", "year", "war"), tokens("a four-year war", true));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  Zelenskyy’s  office — in Kyiv.";
    List<Span> spans = new ArrayList<>();
    new NewsTokenizer(false).tokenize(text, 2, text.length(), spans);
    assertEquals(new Span(2, 11), spans.get(0));
    assertEquals("’s", text.substring(spans.get(1).getStart(), spans.get(1).getEnd()));
    assertEquals(".", text.substring(spans.get(spans.size() - 1).getStart(), spans.get(spans.size() - 1).getEnd()));
  }
}
