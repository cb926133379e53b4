package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.covered;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Tags an untagged full name in a person's apposition as a person: "killed Qasem Soleimani, head of
 * Iran's Quds Force", "Volodoymyr Zhukovskyy, 23, pleaded not guilty", "said Tedros Adhanom
 * Ghebreyesus, the Director-General of the WHO", "the transport secretary, Grant Shapps,
 * announced". News introduces people it expects few readers to know this way, and the model, seeing
 * words no list holds, often tags nothing.
 *
 * <p>A candidate is a run of two or three capitalised words (after the first, an Arabic name with
 * its article counts as one: "al-Hayya") that no span covers and no other capitalised word touches, each shaped like a name (a capital, then letters with at least one in
 * lower case; hyphens and apostrophes allowed: "Glawischnig-Piesczek") and none known to the
 * gazetteer as a usually lower-case word, title, demonym, country, region, organisation or
 * organisation or place head word, nor a city unless also a name part; the whole run is no known
 * place or organisation. It is a person when a comma follows it and then an age and a comma (",
 * 23,"), "who", or a title or role word of the gazetteer after at most an article or possessive and
 * two lower-case words (", head of", ", a former boyfriend", ", the then chair"), or "as" and such
 * a role word ("names Khalil al-Hayya as its new leader"); or when a
 * lower-case title or role word and a comma precede it and a comma or full stop follows (",
 * transport secretary, Grant Shapps, announced"), or a lower-case title, "of" and a name do ("the
 * president of Namibia, Hage Geingob, said"). A place or organisation span that is exactly such a
 * run becomes a person when the evidence is strong (an age, "who", "as" and a role word, a role
 * word with at most one modifier and "of", or a title before): the model often types an unknown
 * name by its neighbours. Its probability is that of an even guess,
 * {@value #PROBABILITY}. Stateless; safe to share.
 */
final class AppositivePersons {

  /** The probability given to a person the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String PERSON = "PER";
  private static final int NONE = 0;
  private static final int WEAK = 1;
  private static final int STRONG = 2;
  private static final int MIN_TOKENS = 2;
  private static final int MAX_TOKENS = 3;
  private static final int MAX_AGE = 120;
  private static final int MAX_MODIFIERS = 2;
  /** A capital, then letters (one at least in lower case), hyphens, apostrophes; no two capitals in a row ("CentOS"). */
  private static final Pattern NAME_WORD =
      Pattern.compile("(?!.*\\p{Lu}\\p{Lu})\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll}[\\p{L}'\u2019-]*");
  /** What may follow the role word of an apposition (", the head of", ", a politician in"), not a verb. */
  private static final Set<String> TITLE_FOLLOWERS = Set.of("of", "in", "at", "for", "from", "and", ",", ".", ")",
      "who", "whose", "to", "on", "with", "'s", "\u2019s");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
  private static final int NOT_A_NAME_PART = NerGazetteer.Category.USUALLY_LOWERCASE.bit
      | NerGazetteer.Category.TITLE.bit | NerGazetteer.Category.DEMONYM.bit | NerGazetteer.Category.COUNTRY.bit
      | NerGazetteer.Category.REGION.bit | NerGazetteer.Category.ORGANIZATION.bit
      | NerGazetteer.Category.ORG_HEAD.bit | NerGazetteer.Category.LOCATION_HEAD.bit;
  /** Known as places: a word of a person's name only if also a name part. */
  private static final int PLACE_WORDS = NerGazetteer.Category.CITY.bit | NerGazetteer.Category.WORDNET_LOCATION.bit;
  private static final int NAME_PARTS = NerGazetteer.Category.FIRST_NAME.bit | NerGazetteer.Category.SURNAME.bit
      | NerGazetteer.Category.PERSON.bit;
  private static final int NOT_A_PERSON = NerGazetteer.Category.CITY.bit | NerGazetteer.Category.COUNTRY.bit
      | NerGazetteer.Category.REGION.bit | NerGazetteer.Category.ORGANIZATION.bit;

  private final NerGazetteer gazetteer;

  AppositivePersons(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /**
   * The spans of one sentence plus its untagged persons in apposition, with a place or organisation
   * span that is such a person retyped; {@code spans} itself if nothing changed.
   */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = null;
    List<Span> out = null;
    for (int start = 0; start < tokens.length; start++) {
      if (!capitalised(tokens[start]) || start > 0 && capitalised(tokens[start - 1])) {
        continue;
      }
      int end = start + 1;
      while (end < tokens.length && SentenceTokens.isNameWord(tokens[end])) {
        end++;
      }
      int length = end - start;
      int evidence = length < MIN_TOKENS || length > MAX_TOKENS ? NONE
          : titleBefore(tokens, start, end) ? STRONG : titleAfter(tokens, end);
      if (evidence == NONE) {
        start = end;
        continue;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      if (!SentenceTokens.anyCovered(covered, start, end)) {
        if (isName(tokens, start, end)) {
          if (out == null) {
            out = new ArrayList<>(Arrays.asList(spans));
          }
          out.add(new Span(start, end, PERSON, PROBABILITY));
        }
      } else {
        int k = placeOrOrganisationAt(spans, start, end);
        if (evidence == STRONG && k >= 0 && isName(tokens, start, end)) {
          // "the president of Namibia , [LOC Hage Geingob] ,": the model's type is wrong
          if (out == null) {
            out = new ArrayList<>(Arrays.asList(spans));
          }
          out.set(k, new Span(start, end, PERSON, spans[k].getProb()));
        }
      }
      start = end;
    }
    return out == null ? spans : sorted(out);
  }

  /** The index of the place or organisation span that is exactly {@code [start, end)}, or -1. */
  private static int placeOrOrganisationAt(Span[] spans, int start, int end) {
    for (int k = 0; k < spans.length; k++) {
      if (spans[k].getStart() == start && spans[k].getEnd() == end && !spans[k].getType().equals(PERSON)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * How surely what follows the run describes a person: {@link #STRONG} for ", 23,", ", who", "as
   * (its) (new) leader" and ", (the) head of" (a role word with at most one modifier and "of"),
   * {@link #WEAK} for other role words in apposition (", a former boyfriend and"), {@link #NONE}.
   */
  private int titleAfter(String[] tokens, int end) {
    if (end + 1 >= tokens.length || !tokens[end].equals(",") && !tokens[end].equals("as")) {
      return NONE;
    }
    boolean comma = tokens[end].equals(",");
    String next = tokens[end + 1];
    if (comma && next.equals("who")) {
      return STRONG;
    }
    if (comma && isAge(next)) {
      return end + 2 < tokens.length && tokens[end + 2].equals(",") ? STRONG : NONE;
    }
    int i = end + 1;
    boolean determiner = DETERMINERS.contains(next);
    if (determiner) {
      i++;
    }
    for (int modifiers = 0; i < tokens.length && modifiers <= MAX_MODIFIERS; i++, modifiers++) {
      // a capitalised title only after an article: ", Pope Francis" is another name
      // and a singular one: ", priests and nuns" lists people of whom the name is none
      if ((determiner || !capitalised(tokens[i])) && isTitle(tokens[i]) && !plural(tokens[i])) {
        if (i + 1 < tokens.length && !TITLE_FOLLOWERS.contains(tokens[i + 1])) {
          return NONE;
        }
        return !comma || modifiers <= 1 && i + 1 < tokens.length && tokens[i + 1].equals("of") ? STRONG : WEAK;
      }
      if (capitalised(tokens[i]) || !isModifier(tokens[i])) {
        return NONE;
      }
    }
    return NONE;
  }

  /** "former", "then", "new": a lower-case word that may qualify a role word (no number, no "-ing" or "-ed" verb). */
  private static boolean isModifier(String token) {
    if (!SentenceTokens.isWord(token) || Character.isDigit(token.charAt(0))) {
      return false;
    }
    return !token.endsWith("ing") && !token.endsWith("ed");
  }

  /** ", transport secretary , NAME ," : a lower-case role word and a comma before, a comma or stop after. */
  private boolean titleBefore(String[] tokens, int start, int end) {
    if (start < 2 || !tokens[start - 1].equals(",") || end >= tokens.length
        || !tokens[end].equals(",") && !tokens[end].equals(".")) {
      return false;
    }
    if (!capitalised(tokens[start - 2])) {
      return isTitle(tokens[start - 2]);
    }
    // "the president of Namibia , NAME ,": a lower-case title, "of" and a capitalised name before the comma
    int of = start - 2;
    while (of > 0 && start - 2 - of < MAX_TOKENS && capitalised(tokens[of])) {
      of--;
    }
    return of >= 1 && tokens[of].equals("of") && !capitalised(tokens[of - 1]) && isTitle(tokens[of - 1]);
  }

  /** A title or role word of the gazetteer, or a hyphenated one whose last part is ("Director-General"). */
  private boolean isTitle(String token) {
    return gazetteer.isTitle(token);
  }

  private boolean isNamePart(String word) {
    int bits = gazetteer.word(NerGazetteer.key(word));
    return (bits & NOT_A_NAME_PART) == 0
        && ((bits & PLACE_WORDS) == 0 || (bits & NAME_PARTS) != 0);
  }

  private static boolean plural(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
  }

  private static boolean isAge(String token) {
    if (token.isEmpty() || token.length() > 3) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    int age = Integer.parseInt(token);
    return age > 0 && age <= MAX_AGE;
  }

  /** Whether every word of the run is shaped like a name part and none is a known common word or place. */
  private boolean isName(String[] tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      String word = tokens[i];
      if (SentenceTokens.isParticleName(word)) {
        word = word.substring(word.indexOf('-') + 1); // "al-Hayya": the name after the particle
      }
      if (!NAME_WORD.matcher(word).matches() || SentenceTokens.isCalendarWord(word) || !isNamePart(word)) {
        return false;
      }
      int hyphen = word.indexOf('-');
      for (int from = 0; hyphen > 0; from = hyphen + 1, hyphen = word.indexOf('-', from)) {
        // each part of "France-Presse" too, and the part after the last hyphen
        if (!isNamePart(word.substring(from, hyphen)) || word.indexOf('-', hyphen + 1) < 0
            && !isNamePart(word.substring(hyphen + 1))) {
          return false;
        }
      }
    }
    return (gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, false)) & NOT_A_PERSON) == 0;
  }
}
