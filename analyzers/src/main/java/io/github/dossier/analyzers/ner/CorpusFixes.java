package io.github.dossier.analyzers.ner;

import io.github.dossier.analyzers.ner.NerGazetteer.Category;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Optional clean-ups that bring a training corpus closer to CoNLL-style annotation, selected with
 * the {@code fix=} option of a {@link CorpusSpec} (comma-separated).
 */
enum CorpusFixes {
  /**
   * Removes title words from the start of person spans ("President Bush" → "Bush"), as GMB
   * includes them: a leading token in the gazetteer's title list is moved outside the entity.
   */
  TITLES,
  /**
   * Drops location spans that are demonyms, not places ("British", "South Korean"), which GMB tags
   * as geo-political entities.
   */
  DEMONYMS,
  /** Drops entity spans written wholly in lower case (social-media style "london"). */
  LOWERCASE,
  /**
   * Moves a leading article out of a span ("the Syrian Army" → "Syrian Army") and drops spans with
   * any other lower-case word except linking words such as "of", "and" or "de" ("the Syrian
   * regime", "a new Prime Minister"): descriptive mentions, which re3d annotates and CoNLL-style NER
   * does not.
   */
  NOMINAL,
  /**
   * Splits location spans at inner commas ("Berlin , Germany" → "Berlin", "Germany"), as CoNLL-style
   * annotation names the city and the country or state as two places.
   */
  COMMAS;

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private static final Set<String> LINKING_WORDS = Set.of(
      "of", "and", "the", "for", "on", "in", "at", "de", "du", "des", "la", "le", "les", "da", "do",
      "dos", "das", "di", "del", "della", "von", "van", "der", "den", "al", "el", "bin", "ibn", "y",
      "&", "'s", "to", "upon", "am", "an", "und");

  /** Parses {@code titles,demonyms,lowercase,nominal,commas} (any subset, any order). */
  static Set<CorpusFixes> parse(String value) {
    Set<CorpusFixes> fixes = EnumSet.noneOf(CorpusFixes.class);
    for (String part : value.split(",")) {
      try {
        fixes.add(valueOf(part.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown corpus fix '" + part + "' (known: titles, demonyms, lowercase, nominal, commas)", e);
      }
    }
    return fixes;
  }

  /** Applies the fixes to one sentence. */
  static NerSentence apply(Set<CorpusFixes> fixes, NerSentence sentence, NerGazetteer gazetteer) {
    if (fixes.isEmpty()) {
      return sentence;
    }
    List<String> tokens = sentence.tokens();
    List<String> tags = new ArrayList<>(sentence.tags());
    for (Span span : sentence.spans()) {
      int start = span.getStart();
      int end = span.getEnd();
      String type = span.getType();
      if (fixes.contains(LOWERCASE) && !hasUpperCase(tokens, start, end)) {
        clear(tags, start, end);
        continue;
      }
      if (fixes.contains(NOMINAL)) {
        int s = start;
        int e = end;
        boolean descriptive = false;
        while (s < e && isLowerCaseWord(tokens.get(s))) {
          descriptive |= !ARTICLES.contains(tokens.get(s));
          s++;
        }
        while (e > s && isLowerCaseWord(tokens.get(e - 1))) {
          descriptive = true;
          e--;
        }
        descriptive |= s == e;
        for (int i = s; i < e && !descriptive; i++) {
          String t = tokens.get(i);
          descriptive = isLowerCaseWord(t) && !LINKING_WORDS.contains(t);
        }
        if (descriptive) {
          clear(tags, start, end);
          continue;
        }
        if (s != start || e != end) {
          clear(tags, start, end);
          tags.set(s, "B-" + type);
          for (int i = s + 1; i < e; i++) {
            tags.set(i, "I-" + type);
          }
          start = s;
          end = e;
        }
      }
      if (fixes.contains(DEMONYMS) && type.equals("LOC")) {
        int bits = gazetteer.phrase(key(tokens, start, end));
        if ((bits & Category.DEMONYM.bit) != 0 && (bits & (Category.COUNTRY.bit | Category.CITY.bit)) == 0) {
          clear(tags, start, end);
          continue;
        }
      }
      if (fixes.contains(TITLES) && type.equals("PER")) {
        while (end - start > 1 && isTitle(tokens.get(start), gazetteer)) {
          tags.set(start, Iob2.OUTSIDE);
          start++;
          tags.set(start, "B-PER");
        }
      }
      if (fixes.contains(COMMAS) && type.equals("LOC")) {
        for (int i = start + 1; i < end - 1; i++) {
          if (tokens.get(i).equals(",")) {
            tags.set(i, Iob2.OUTSIDE);
            tags.set(i + 1, "B-LOC");
          }
        }
      }
    }
    return new NerSentence(tokens, tags);
  }

  private static boolean isLowerCaseWord(String token) {
    return !token.isEmpty() && Character.isLowerCase(token.charAt(0));
  }

  private static boolean isTitle(String token, NerGazetteer gazetteer) {
    String key = NerGazetteer.key(token);
    if (key.endsWith(".") && key.length() > 1) {
      key = key.substring(0, key.length() - 1);
    }
    return (gazetteer.word(key) & Category.TITLE.bit) != 0;
  }

  private static boolean hasUpperCase(List<String> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      String t = tokens.get(i);
      for (int k = 0; k < t.length(); k++) {
        if (Character.isUpperCase(t.charAt(k))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String key(List<String> tokens, int start, int end) {
    return NerGazetteer.key(String.join(" ", tokens.subList(start, end)));
  }

  private static void clear(List<String> tags, int start, int end) {
    for (int i = start; i < end; i++) {
      tags.set(i, Iob2.OUTSIDE);
    }
  }
}
