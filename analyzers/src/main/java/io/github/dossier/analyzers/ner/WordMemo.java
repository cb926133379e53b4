package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;

/**
 * What a name finder worked out for each distinct word, remembered in two generations so that
 * frequent words stay however many rare words pass through: new words go into the current
 * generation; when it holds {@code capacity} words it becomes the previous generation and the
 * generation before that is forgotten; a word found only in the previous generation moves back into
 * the current one. News text has more distinct words than fit (52,899 tokens of GMB newswire hold
 * 8,406), and a memo that simply started over when full made every word of such a file a miss
 * again; here the words that recur within a generation's span are kept. At most {@code 2 ×
 * capacity} words are held. Not thread-safe.
 *
 * @param <V> what is remembered per word
 */
final class WordMemo<V> {

  private final int capacity;
  private HashMap<String, V> current;
  private HashMap<String, V> previous;

  /** A memo of at most {@code capacity} words per generation; at least 1. */
  WordMemo(int capacity) {
    checkArgument(capacity >= 1, "a word memo holds at least one word per generation, got %s", capacity);
    this.capacity = capacity;
    this.current = new HashMap<>();
    this.previous = new HashMap<>();
  }

  /** What is remembered for {@code word}, or null; a word of the previous generation moves to the current one. */
  V get(String word) {
    V value = current.get(word);
    if (value == null && !previous.isEmpty()) {
      value = previous.get(word);
      if (value != null) {
        put(word, value);
      }
    }
    return value;
  }

  /** Remembers {@code value} for {@code word} in the current generation, starting a new one if it is full. */
  void put(String word, V value) {
    if (current.size() >= capacity) {
      previous = current;
      current = new HashMap<>();
    }
    current.put(word, value);
  }

  /** How many distinct words are remembered, over both generations (a promoted word may count twice). */
  int size() {
    return current.size() + previous.size();
  }
}
