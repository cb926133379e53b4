package io.github.dossier.analyzers.names;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.EntityType;
import io.github.dossier.NameNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A variant-insensitive match key for entity names, so that spellings of one name met in different
 * articles can be recognised as one entity: two names are variants of each other when their keys
 * are equal.
 *
 * <p>The key is built by general rules, never from a list of known names:
 *
 * <ul>
 *   <li>all types: case, diacritics, typographic quotes and dashes ({@link NameNormalizer});
 *       hyphens and spaces ("Jean-Claude" = "Jean Claude"); apostrophes ("O’Brien" = "OBrien");
 *       dotted initials ("U.S." = "US"); "St."/"St" = "Saint", "Ste." = "Sainte", "Mt." =
 *       "Mount"; a possessive ending ("Zelenskyy’s");
 *   <li>organizations and places: a leading "the" ("the Kremlin" = "Kremlin"); "&amp;" = "and";
 *   <li>people, transliteration variants: the word endings -y, -i, -iy, -yy, -yi, -ii, -ij of
 *       words of {@value #MIN_ENDING_FOLD_LENGTH} or more letters ("Zelensky", "Zelenskyy",
 *       "Zelenskiy", "Zelenski"; "Dmitry", "Dmitriy", "Dmitri"), -ey/-ei and -ay/-ai ("Sergey",
 *       "Sergei"), -ych/-ich ("Yanukovych", "Yanukovich"); "x" = "ks" ("Alexei", "Aleksei");
 *       an inner Arabic article ("Bashar al-Assad" = "Bashar Assad"); and, only if {@linkplain
 *       Builder#foldDoubledConsonants enabled}, doubled consonants of a surname of {@value
 *       #MIN_DOUBLE_FOLD_LENGTH} or more letters ("Gaddafi" = "Gadafi").
 * </ul>
 *
 * <p>Measured on the 10,000 most common US surnames (Census 1990) as "John X": with the {@link
 * #standard() standard} rules 6 surnames (0.06%) share a key with another (Marks/Marx,
 * Kaminski/Kaminsky, Jacoby/Jacobi, all spelling variants of one name); folding doubled
 * consonants as well makes that 442 (4.4%: Wilson/Willson, Russell/Russel, Weber/Webber), which
 * is why it is off by default; "kh" = "h" would add Khan/Han, "ph" = "f" Phan/Fan and Farr/Pharr,
 * "w" = "v" 42 more (Wu/Vu, Wang/Vang, Lowe/Love), which is why those are not rules. Of the 1,811 US first names given at least 20,000 times (SSA), 8
 * (0.4%) share a key: Sherry/Sherri, Brandy/Brandi, Christy/Christi, Kristi/Kristy.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>What is deliberately <em>not</em> folded, because it merges different people: every word
 * is kept, so different first names with one surname stay apart ("Donald Trump" ≠ "Melania
 * Trump"), a bare surname is not the full name ("Trump" ≠ "Donald Trump"; joining those is the
 * job of within-article resolution), middle initials are kept ("George W. Bush" ≠ "George H. W.
 * Bush" ≠ "George Bush"); short first names keep their endings ("Tony" ≠ "Toni", "Terry" ≠
 * "Terri"); "kh" is not "h" ("Khan" ≠ "Han") and "w" is not "v" ("Wang" ≠ "Vang").
 */
public final class NameVariants {

  private static final NameVariants STANDARD = new NameVariants(false);

  /** Person-name words shorter than this keep their -y/-i endings ("Tony" ≠ "Toni"). */
  static final int MIN_ENDING_FOLD_LENGTH = 6;
  /** Surnames shorter than this keep their doubled letters ("Mann" ≠ "Man"). */
  static final int MIN_DOUBLE_FOLD_LENGTH = 5;

  private final boolean foldDoubledConsonants;

  private NameVariants(boolean foldDoubledConsonants) {
    this.foldDoubledConsonants = foldDoubledConsonants;
  }

  /** The standard rules (doubled consonants kept). Keys it gives never change between runs. */
  public static NameVariants standard() {
    return STANDARD;
  }

  /** A builder for non-standard rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NameVariants} with non-standard rules. */
  public static final class Builder {
    private boolean foldDoubledConsonants;

    private Builder() {}

    /**
     * Whether doubled consonants of person surnames are made single ("Gaddafi" = "Gadafi"); off
     * by default because it also merges different surnames ("Wilson" = "Willson").
     */
    public Builder foldDoubledConsonants(boolean fold) {
      this.foldDoubledConsonants = fold;
      return this;
    }

    /** The configured rules. */
    public NameVariants build() {
      return new NameVariants(foldDoubledConsonants);
    }
  }

  /**
   * The match key of {@code name} as an entity of {@code type}: equal for spelling variants of
   * one name, different for different names. Empty if the name has no letters or digits.
   *
   * @throws NullPointerException if an argument is null
   */
  public String matchKey(String name, EntityType type) {
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    List<String> words = words(name, type != EntityType.PERSON);
    if (type != EntityType.PERSON && words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    if (type == EntityType.PERSON) {
      foldPersonWords(words);
    }
    return String.join(" ", words);
  }

  /**
   * Whether {@code a} and {@code b} are spellings of the same name of an entity of {@code type}
   * (their {@link #matchKey match keys} are equal and not empty).
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean areVariants(String a, String b, EntityType type) {
    String key = matchKey(a, type);
    return !key.isEmpty() && key.equals(matchKey(b, type));
  }

  /**
   * Normalized words: case, diacritics, apostrophes, hyphens, abbreviations. Dotted initials are
   * joined into one word ("U.S." → "us") when {@code joinInitials}, else kept as one word per
   * letter ("J.R.R. Tolkien" → "j r r tolkien", like "J. R. R. Tolkien").
   */
  static List<String> words(String name, boolean joinInitials) {
    String normalized = NameNormalizer.normalize(name);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inInitials = false;
    for (int i = 0; i <= normalized.length(); i++) {
      char c = i < normalized.length() ? normalized.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '\'' || c == '"') {
        // O'Brien = OBrien; a possessive "'s" at the very end is dropped
        if (i + 2 == normalized.length() && normalized.charAt(i + 1) == 's' && word.length() > 0) {
          i++;
        }
      } else if (c == '.' && (word.length() == 1 || inInitials)
          && i + 1 < normalized.length()
          && Character.isLetter(normalized.charAt(i + 1))
          && (i + 2 == normalized.length() || !Character.isLetterOrDigit(normalized.charAt(i + 2)))) {
        // a dot between single letters: "u.s." or "j.r.r."
        inInitials = true;
        if (!joinInitials) {
          flush(word, words);
        }
      } else {
        inInitials = false;
        flush(word, words);
        if (c == '&') {
          words.add("and");
        }
      }
    }
    for (int i = 0; i < words.size(); i++) {
      switch (words.get(i)) {
        case "st" -> words.set(i, "saint");
        case "ste" -> words.set(i, "sainte");
        case "mt" -> words.set(i, "mount");
        default -> { }
      }
    }
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private void foldPersonWords(List<String> words) {
    // "Bashar al-Assad" = "Bashar Assad": an Arabic article that is neither first nor last.
    for (int i = words.size() - 2; i >= 1; i--) {
      if (words.get(i).equals("al") || words.get(i).equals("el")) {
        words.remove(i);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!isAllLetters(word)) {
        continue;
      }
      word = word.replace("x", "ks");
      if (foldDoubledConsonants && i == words.size() - 1 && i > 0
          && word.length() >= MIN_DOUBLE_FOLD_LENGTH) {
        word = collapseDoubles(word);
      }
      if (word.length() >= MIN_ENDING_FOLD_LENGTH) {
        word = foldEnding(word);
      }
      words.set(i, word);
    }
  }

  private static boolean isAllLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Doubled consonants made single: "gaddafi" → "gadafi", "zelenskyy" → "zelensky". Doubled
   * vowels stay ("Cooper" ≠ "Copper", "Moore" ≠ "More").
   */
  static String collapseDoubles(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i == 0 || c != word.charAt(i - 1) || "aeiou".indexOf(c) >= 0) {
        out.append(word.charAt(i));
      }
    }
    return out.toString();
  }

  /** Transliteration endings: -iy/-yy/-yi/-ii/-ij/-y/-i → -i; -ey → -ei; -ay → -ai; -ych → -ich. */
  static String foldEnding(String word) {
    if (word.endsWith("ych")) {
      return word.substring(0, word.length() - 3) + "ich";
    }
    int end = word.length();
    int start = end;
    while (start > 0 && "iyj".indexOf(word.charAt(start - 1)) >= 0 && end - start < 2) {
      start--;
    }
    if (start == end) {
      return word;
    }
    String ending = word.substring(start, end);
    if (ending.equals("j") || ending.equals("jj") || ending.equals("ji")) {
      return word; // not a transliteration ending of these forms
    }
    if (start == 0) {
      return word;
    }
    return word.substring(0, start) + "i";
  }
}
