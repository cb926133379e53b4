package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link WordMemo}: two generations, so words that keep recurring stay while rare ones go. */
class WordMemoTest {

  @Test
  void aWordThatRecursStaysWhileRareWordsPassThrough() {
    WordMemo<String> memo = new WordMemo<>(3);
    memo.put("the", "DT");
    for (int i = 0; i < 20; i++) {
      memo.put("rare" + i, "NN");
      // "the" recurs every other word: found in the current or the previous generation, and
      // moved back into the current one.
      if (i % 2 == 1) {
        assertEquals("DT", memo.get("the"), "after rare" + i);
      }
    }
    assertEquals("DT", memo.get("the"));
    assertNull(memo.get("rare0"), "forgotten two generations later");
    assertEquals("NN", memo.get("rare19"));
  }

  @Test
  void atMostTwoGenerationsAreHeld() {
    WordMemo<Integer> memo = new WordMemo<>(4);
    for (int i = 0; i < 100; i++) {
      memo.put("w" + i, i);
    }
    assertEquals(8, memo.size());
    assertEquals(99, memo.get("w99"));
    assertEquals(92, memo.get("w92"));
    assertNull(memo.get("w91"));
  }

  @Test
  void aMemoHoldsAtLeastOneWord() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WordMemo<String>(0));
    assertEquals("a word memo holds at least one word per generation, got 0", e.getMessage());
  }
}
