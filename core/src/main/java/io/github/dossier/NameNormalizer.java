package io.github.dossier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalizes entity names to the form Dossier compares and indexes them in: case-folded, without
 * diacritics, with typographic apostrophes, quotes and dashes made plain, and white space collapsed.
 *
 * <p>"Zelenskyy", "ZELENSKYY" and "Zelénskyy" all normalize to {@code "zelenskyy"}; "Côte d’Ivoire"
 * to {@code "cote d'ivoire"}. The result is the {@link Entity#key() key} form of a canonical name.
 */
public final class NameNormalizer {

  private NameNormalizer() {}

  /** The normalized form of {@code name}; empty if {@code name} has no letters or digits. */
  public static String normalize(String name) {
    checkNotNull(name, "name");
    String decomposed = Normalizer.normalize(name.replace("\u00DF", "ss"), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    boolean any = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int t = Character.getType(c);
      if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
          || t == Character.COMBINING_SPACING_MARK || t == Character.FORMAT) {
        continue; // diacritics, zero-width characters
      }
      char mapped = switch (c) {
        case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02B9', '`', '\u00B4' -> '\'';
        case '\u201C', '\u201D', '\u201E' -> '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
        case '\u0131' -> 'i';
        case '\u0142' -> 'l';
        case '\u0141' -> 'l';
        case '\u00F8', '\u00D8' -> 'o';
        default -> c;
      };
      if (Character.isWhitespace(mapped) || Character.isSpaceChar(mapped)) {
        pendingSpace = any;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(mapped);
      any |= Character.isLetterOrDigit(mapped);
    }
    if (!any) {
      return "";
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
