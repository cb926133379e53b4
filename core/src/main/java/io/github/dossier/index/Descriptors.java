package io.github.dossier.index;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the descriptor written right before a mention: the title or role words that stand next to
 * a name, such as "German Chancellor" in "German Chancellor Friedrich Merz" or "Kremlin
 * spokesperson" in "Kremlin spokesperson Dmitry Peskov".
 *
 * <p>Walking back from the mention over at most {@value #MAX_WORDS} words of the same sentence and
 * clause (a comma, quote, parenthesis, colon or line break stops it): the word next to the name must be
 * capitalized ("President", "Gen.") or a lower-case role noun, recognised by its ending (-person,
 * -man, -woman, -er, -or, -ist, -ent, -ant, -ary, -ian, -ief, -oy: "spokesperson", "minister",
 * "envoy", "chief"); further out, capitalized words ("German", "U.S.", "Russia's") and title
 * modifiers ("former", "deputy", "special", "prime") join it. Function words ("the", "in", "said",
 * "with") never do.
 */
final class Descriptors {
  static final int MAX_WORDS = 4;

  private static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of(
      "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
      "by", "with", "as", "into", "onto", "over", "under", "after", "before", "between", "against",
      "about", "than", "then", "that", "this", "these", "those", "which", "who", "whom", "whose",
      "when", "where", "while", "whether", "either", "neither", "other", "another", "rather",
      "together", "ever", "never", "however", "per", "via", "is", "was", "are", "were", "be",
      "been", "said", "says", "told", "tells", "asked", "added", "wrote", "writes", "her", "his",
      "their", "its", "our", "my", "your", "he", "she", "they", "it", "we", "i", "you", "if",
      "also", "not", "no", "yes", "so", "both", "all", "some", "any", "many", "most", "more",
      "last", "next", "later", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tomorrow", "according", "whereas",
      "remember", "order", "matter", "number", "member", "winter", "summer", "water", "power");

  private static final ImmutableSet<String> MODIFIERS = ImmutableSet.of(
      "former", "deputy", "acting", "special", "senior", "chief", "foreign", "prime", "vice",
      "top", "interim", "assistant", "associate", "general", "defence", "defense", "finance",
      "presidential", "national", "security", "military", "press", "state");

  private static final String[] ROLE_ENDINGS = {
    "person", "man", "woman", "er", "or", "ist", "ent", "ant", "ary", "ian", "ief", "oy"
  };

  private Descriptors() {}

  /**
   * The descriptor right before the mention starting at {@code start} in {@code body}, looking no
   * further back than {@code sentenceStart}; empty if there is none.
   */
  static Optional<String> before(String body, int sentenceStart, int start) {
    Deque<String> words = new ArrayDeque<>();
    int end = start;
    while (words.size() < MAX_WORDS) {
      int i = end;
      while (i > sentenceStart && body.charAt(i - 1) == ' ') {
        i--;
      }
      if (i == end && end != start) {
        break; // no space between words: not a word boundary
      }
      if (i > sentenceStart && Character.isWhitespace(body.charAt(i - 1))) {
        break; // a line break or tab separates
      }
      int wordEnd = i;
      while (i > sentenceStart && !Character.isWhitespace(body.charAt(i - 1))) {
        i--;
      }
      if (i == wordEnd) {
        break;
      }
      String word = body.substring(i, wordEnd);
      if (!acceptable(word, words.isEmpty())) {
        break;
      }
      words.addFirst(word);
      end = i;
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    // a trailing modifier alone ("former Trump") is no descriptor; nor are modifiers only
    boolean anyHead = words.stream().anyMatch(w -> !MODIFIERS.contains(w.toLowerCase(Locale.ROOT)));
    return anyHead ? Optional.of(String.join(" ", words)) : Optional.empty();
  }

  private static boolean acceptable(String word, boolean nextToName) {
    char last = word.charAt(word.length() - 1);
    if (",;:\"“”'‘’()[]!?".indexOf(last) >= 0 || "\"“”'‘(".indexOf(word.charAt(0)) >= 0) {
      return false;
    }
    boolean dotted = last == '.';
    String bare = dotted ? word.substring(0, word.length() - 1) : word;
    if (bare.isEmpty() || !Character.isLetter(bare.charAt(0))) {
      return false;
    }
    String lower = bare.toLowerCase(Locale.ROOT);
    String stem = lower.endsWith("'s") || lower.endsWith("’s")
        ? lower.substring(0, lower.length() - 2) : lower;
    if (FUNCTION_WORDS.contains(stem)) {
      return false;
    }
    boolean capitalized = Character.isUpperCase(bare.charAt(0));
    if (dotted && !capitalized) {
      return false; // within a sentence, only abbreviations such as "Gen." or "U.S." end in a dot
    }
    if (capitalized) {
      return true;
    }
    if (MODIFIERS.contains(lower) && !nextToName) {
      return true;
    }
    if (!nextToName && !lower.contains("-")) {
      return roleNoun(lower);
    }
    return nextToName && roleNoun(lower);
  }

  private static boolean roleNoun(String lower) {
    if (lower.length() < 4 || !lower.chars().allMatch(Character::isLetter)) {
      return false;
    }
    for (String ending : ROLE_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
