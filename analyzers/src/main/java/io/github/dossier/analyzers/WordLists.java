package io.github.dossier.analyzers;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.dossier.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word lists the tagging pipeline ships as classpath resources next to this class: one entry a
 * line (looked up in lower case), {@code #} starts a comment line.
 */
final class WordLists {

  /** Abbreviations after which a period ends neither a token nor a sentence ("gen", "st"). */
  static final ImmutableSet<String> ABBREVIATIONS = load("abbreviations.txt");

  /** Titles, honorifics and roles that may stand before a person's name ("president", "gen"). */
  static final ImmutableSet<String> TITLES = load("titles.txt");

  /** Demonyms ("german", "ukrainian"). */
  static final ImmutableSet<String> DEMONYMS = load("demonyms.txt");

  /** Well-known names of places, organizations and people with their type ("united states" LOC). */
  static final ImmutableMap<String, EntityType> KNOWN_NAMES = loadTyped("known-names.txt");

  /** Common lower-case English words. */
  static final ImmutableSet<String> COMMON_WORDS = load("common-words.txt");

  /**
   * Closed-class words that typically begin an English sentence; after a dotted acronym ("U.S.")
   * a following word from this list starts a new sentence.
   */
  static final ImmutableSet<String> SENTENCE_STARTERS = load("sentence-starters.txt");

  private WordLists() {}

  /** The lower-case, root-locale form used for every lookup in these lists. */
  static String lower(CharSequence s) {
    return s.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code s} has two or more characters, a letter and no lower-case letter: "WHO", "U.S.". */
  static boolean isAllCaps(String s) {
    return s.length() > 1 && s.chars().noneMatch(Character::isLowerCase) && s.chars().anyMatch(Character::isLetter);
  }

  static ImmutableSet<String> load(String resource) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String entry : entries(resource)) {
      out.add(lower(entry));
    }
    return out.build();
  }

  /** A list of {@code name<TAB>type} lines; the type is parsed by {@link EntityType#parse}. */
  static ImmutableMap<String, EntityType> loadTyped(String resource) {
    ImmutableMap.Builder<String, EntityType> out = ImmutableMap.builder();
    for (String entry : entries(resource)) {
      int tab = entry.indexOf('\t');
      checkState(tab > 0, "word list %s: line \"%s\" is not name<TAB>type", resource, entry);
      String type = entry.substring(tab + 1).strip();
      out.put(lower(entry.substring(0, tab)), EntityType.parse(type).orElseThrow(
          () -> new IllegalStateException("word list " + resource + ": unknown type " + type)));
    }
    return out.buildKeepingLast();
  }

  /** The non-comment, non-blank lines of a word list resource, stripped. */
  private static List<String> entries(String resource) {
    checkNotNull(resource, "resource");
    List<String> out = new ArrayList<>();
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "word list resource io/github/dossier/analyzers/" + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return out;
  }
}
