package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * Whatever the sentence, the spans {@link NameFinder} returns (model, edge rules, document memory
 * and the rules for untagged names together) are in order, inside the sentence, never overlap and
 * have one of the three types. Checked on random sentences built from the words those rules react
 * to, in documents of a few sentences.
 */
class NameFinderInvariantsTest {

  private static final String[] WORDS = {
    "The", "the", "A", "of", "and", "for", "'s", "’s", "s", "al-Assad", "el-", "-", "President", "Sen.", "prime",
    "minister", "king", "Dutch", "U.S.", "US", "Iraq", "Chad", "Democratic", "Republic", "Congo", "European",
    "Commission", "Union", "Bank", "West", "Trump", "administration", "government", "Ted", "Cruz", "da", "Silva",
    "southern", "Spain", "province", "Hong", "Kong", "Rome", "Gemelli", "Hospital", "General", "Motors", "Star",
    "Member", "Parliament", "Supreme", "Court", "Puerto", "Rico", "Party", "Labour", "CDN$11,000", ",", ".", "\"",
    "(", ")", "I", "x", "said", "in"
  };

  @Test
  void spansAreOrderedDisjointInsideTheSentenceAndTyped() {
    SentenceNameFinder finder = NerModel.loadDefault().newFinder();
    Random random = new Random(20261127);
    for (int n = 0; n < 3_000; n++) {
      if (n % 5 == 0) {
        finder.clear();
      }
      String[] tokens = new String[1 + random.nextInt(25)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = WORDS[random.nextInt(WORDS.length)];
      }
      Span[] spans = finder.find(tokens);
      int previousEnd = 0;
      for (Span s : spans) {
        String where = String.join(" ", tokens) + " -> " + Arrays.toString(spans);
        assertTrue(s.getStart() >= previousEnd && s.getEnd() > s.getStart() && s.getEnd() <= tokens.length, where);
        assertTrue(Set.of("PER", "LOC", "ORG").contains(s.getType()), where);
        previousEnd = s.getEnd();
      }
    }
  }
}
