package io.github.dossier.analyzers.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * Token and span tests shared by the rules {@link NameFinder} applies after the model ({@code
 * DocumentMemory}, {@code CountryNames}, {@code LeaderNames}, {@code TitledNames}, {@code
 * HeadedOrganisations}, {@code PlaceChains}, {@code KnownOrganisations}). Static helpers only.
 */
final class SentenceTokens {

  private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s");
  private static final Set<String> CAPITALISED_ARTICLES = Set.of("The", "A", "An");
  /** Endings of adjectives that name peoples and faiths rather than places or groups: "Iberian", "Alawite". */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("ian", "ite", "ese", "ic", "ist", "ish");
  /** The articles and particles of Arabic names written before a hyphen: "al-Hayya", "el-Sisi", "bin-Salman", "wal-Muslimin". */
  private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul",
      "bin", "ibn", "abu", "abd", "wal");

  /** Month and day names, which the gazetteer may not list as common words. */
  private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday");

  private SentenceTokens() {}

  /** "March", "Monday": a month or weekday name, capitalised. */
  static boolean isCalendarWord(String token) {
    return CALENDAR.contains(token);
  }

  /** "'s" (or with a typographic apostrophe), as the tokenizer splits it off a name. */
  static boolean isPossessive(String token) {
    return POSSESSIVES.contains(token);
  }

  /** "The", "A", "An": an article written as at the start of a sentence. */
  static boolean isCapitalisedArticle(String token) {
    return CAPITALISED_ARTICLES.contains(token);
  }

  /** Whether the token starts with an upper-case letter. */
  static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  /** "al-Hayya": a particle of {@link #NAME_PARTICLES}, a hyphen and a capitalised name (no regex: it runs per token). */
  static boolean isParticleName(String token) {
    int hyphen = token.indexOf('-');
    return hyphen >= 2 && hyphen <= 3 && hyphen + 1 < token.length() && Character.isUpperCase(token.charAt(hyphen + 1))
        && Character.isLowerCase(token.charAt(0)) && NAME_PARTICLES.contains(token.substring(0, hyphen));
  }

  /** "Russian-controlled", "Druze-majority": a lower-case word after the last hyphen ("Bab-el-Mandeb" has none). */
  static boolean hasLowerCaseTail(String token) {
    int hyphen = token.lastIndexOf('-');
    return hyphen >= 0 && hyphen + 1 < token.length() && Character.isLowerCase(token.charAt(hyphen + 1));
  }

  static boolean hasAdjectiveEnding(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    for (String ending : ADJECTIVE_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** {@code spans} without those {@code drop} accepts, in order; {@code spans} itself if none. */
  static Span[] without(Span[] spans, Predicate<Span> drop) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      if (drop.test(spans[k])) {
        if (out == null) {
          out = new ArrayList<>(Arrays.asList(spans).subList(0, k));
        }
      } else if (out != null) {
        out.add(spans[k]);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * A word that continues a name: capitalised, or an Arabic name with its article ("al-Balah" in
   * "Deir al-Balah"). A name still opens with a capitalised word.
   */
  static boolean isNameWord(String token) {
    return capitalised(token) || isParticleName(token);
  }

  /** Whether every token of {@code tokens[from, to)} starts with an upper-case letter. */
  static boolean allCapitalised(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!capitalised(tokens[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token holds a letter or digit (is more than punctuation). */
  static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True at the first token, or after only opening punctuation (quotes, brackets, dashes). */
  static boolean sentenceStart(String[] tokens, int i) {
    for (int j = 0; j < i; j++) {
      if (isWord(tokens[j])) {
        return false;
      }
    }
    return true;
  }

  /** Which of {@code length} tokens the spans cover. */
  static boolean[] covered(int length, Span[] spans) {
    boolean[] covered = new boolean[length];
    for (Span s : spans) {
      Arrays.fill(covered, s.getStart(), s.getEnd(), true);
    }
    return covered;
  }

  /** Whether any token of {@code [from, to)} is covered. */
  static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  /** The spans ordered by start, as an array. */
  static Span[] sorted(List<Span> spans) {
    spans.sort(Comparator.comparingInt(Span::getStart));
    return spans.toArray(new Span[0]);
  }
}
