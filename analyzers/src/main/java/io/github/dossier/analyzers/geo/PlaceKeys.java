package io.github.dossier.analyzers.geo;

import io.github.dossier.NameNormalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The lookup forms of place names, shared by the gazetteer builder and the gazetteer, so that the
 * shipped resource and the run-time lookup agree.
 *
 * <p>A <em>name key</em> is case-, diacritic- and punctuation-insensitive: hyphens and dots become
 * spaces, apostrophes vanish, a leading "the" is dropped and the abbreviations "St", "Ste", "Mt"
 * and "Ft" are spelt out, so "St. Louis", "Saint-Louis" and "saint louis" share one key, as do
 * "Artemivs’k" and "Artemivsk". A <em>code key</em> is the upper-case letters of an abbreviation
 * written in capitals, with or without dots ("U.S." and "US" are both {@code US}).
 */
final class PlaceKeys {

  private PlaceKeys() {}

  /** The name key of {@code name}; empty if it has no letters or digits. */
  static String nameKey(String name) {
    // ASCII needs no Unicode normalization (the costly part when loading the gazetteer); the
    // result is the same as NameNormalizer's followed by the clean-up below.
    String normalized = isAscii(name) ? name : NameNormalizer.normalize(name);
    StringBuilder cleaned = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '\u02BB' || c == '\u02BF' || c == '\u02BE') {
        continue;
      }
      cleaned.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
    }
    StringBuilder key = new StringBuilder(cleaned.length() + 8);
    int i = 0;
    boolean first = true;
    while (i < cleaned.length()) {
      while (i < cleaned.length() && cleaned.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < cleaned.length() && cleaned.charAt(i) != ' ') {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = cleaned.substring(start, i);
      boolean more = i < cleaned.length() && !cleaned.substring(i).isBlank();
      if (first && word.equals("the") && more) {
        first = false;
        continue;
      }
      first = false;
      switch (word) {
        case "st" -> word = "saint";
        case "ste" -> word = "sainte";
        case "mt" -> word = "mount";
        case "ft" -> word = "fort";
        default -> { }
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(word);
    }
    return key.toString();
  }

  /**
   * The code key of {@code text} if it is written like an abbreviation: two to five capital
   * letters, optionally each followed by a dot ("US", "U.S.", "UAE", "U.A.E."); empty otherwise.
   */
  static Optional<String> codeKey(String text) {
    String trimmed = text.strip();
    StringBuilder letters = new StringBuilder(6);
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c < 'A' || c > 'Z' || letters.length() == 5) {
        return Optional.empty();
      }
      letters.append(c);
    }
    return letters.length() >= 2 ? Optional.of(letters.toString()) : Optional.empty();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether every letter of {@code text} is of the Latin script (digits and punctuation allowed). */
  static boolean isLatin(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)
          && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** {@code text} upper-cased with the root locale. */
  static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
