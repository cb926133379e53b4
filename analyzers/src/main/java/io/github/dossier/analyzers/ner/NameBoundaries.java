package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Puts the edges of the model's name spans where news-style (CoNLL) annotation puts them, with
 * rules the perceptron learns only unreliably from a few hundred examples:
 *
 * <ul>
 *   <li>a person's name starts after the last title or role before it: "Senator Ted Cruz" is "Ted
 *       Cruz", "US Secretary of State Mike Pompeo" is "Mike Pompeo" (titles are the gazetteer's
 *       title words and phrases, with or without a final period: "Sen.", "Secretary of State");
 *   <li>an organisation or place span that is a title followed by two or more capitalised words is
 *       that person: "Representative Beto O'Rourke" tagged ORG is the PER "Beto O'Rourke";
 *   <li>a person's name ends before an inner "of" or "from", and a known place after it is a place:
 *       "Marco Rubio of Florida" is PER "Marco Rubio" and LOC "Florida";
 *   <li>places joined by commas are separate places: "Berlin, Germany" is "Berlin" and "Germany";
 *   <li>a demonym alone ("Indonesian", "South Korean") is no name and is dropped, unless the
 *       gazetteer also knows it as a place or organisation, or, for a person, as a first name or
 *       surname ("French").
 * </ul>
 *
 * <p>Spans are only shortened, split or dropped, never widened, so they never come to overlap. The
 * probability of a derived span is that of the span it came from. Stateless; safe to share.
 */
final class NameBoundaries {

  private static final String PERSON = "PER";
  private static final String LOCATION = "LOC";
  /** Lower-case words that end a person's name: "of" in "Patrick Crusius of Allen". */
  private static final Set<String> PERSON_NAME_BREAKS = Set.of("of", "from");
  /** The longest title phrase looked for, in tokens ("Secretary of State"). */
  private static final int MAX_TITLE_TOKENS = 3;
  /** A title turns an ORG or LOC span into a person only before at least this many name words. */
  private static final int MIN_NAME_WORDS_AFTER_TITLE = 2;
  private static final int PLACES = NerGazetteer.Category.CITY.bit | NerGazetteer.Category.COUNTRY.bit
      | NerGazetteer.Category.REGION.bit | NerGazetteer.Category.TOWN.bit;
  /** Categories that make a demonym a name of its own: "Jordanian" is none, "Jordan" is a country. */
  private static final int NOT_DEMONYM = PLACES | NerGazetteer.Category.ORGANIZATION.bit;
  /** A demonym tagged PER may be someone's name ("Judith French"). */
  private static final int PERSON_NAMES = NerGazetteer.Category.FIRST_NAME.bit | NerGazetteer.Category.SURNAME.bit;
  private static final int NOT_NAME_WORDS = NerGazetteer.Category.USUALLY_LOWERCASE.bit
      | NerGazetteer.Category.TITLE.bit;

  private final NerGazetteer gazetteer;

  NameBoundaries(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence with their edges corrected; {@code spans} itself if none changed. */
  Span[] apply(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      List<Span> fixed = fix(tokens, s);
      if (out == null && (fixed.size() != 1 || fixed.get(0) != s)) {
        out = new ArrayList<>(spans.length + 2);
        for (int j = 0; j < k; j++) {
          out.add(spans[j]);
        }
      }
      if (out != null) {
        out.addAll(fixed);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  private List<Span> fix(String[] tokens, Span s) {
    int a = s.getStart();
    int b = s.getEnd();
    String type = s.getType();
    if (isDemonym(tokens, a, b, type.equals(PERSON))) {
      return List.of();
    }
    if (type.equals(PERSON)) {
      int name = afterLastTitle(tokens, a, b);
      List<Span> out = new ArrayList<>(2);
      int end = b;
      for (int i = name + 1; i < b - 1; i++) {
        if (PERSON_NAME_BREAKS.contains(tokens[i])) {
          end = i;
          if (isPlace(tokens, i + 1, b)) {
            out.add(new Span(i + 1, b, LOCATION, s.getProb()));
          }
          break;
        }
      }
      if (name == a && end == b) {
        return List.of(s);
      }
      out.add(0, new Span(name, end, PERSON, s.getProb()));
      return out;
    }
    int name = afterLastTitle(tokens, a, b);
    if (name > a && b - name >= MIN_NAME_WORDS_AFTER_TITLE && isNameWords(tokens, name, b)) {
      return List.of(new Span(name, b, PERSON, s.getProb()));
    }
    if (type.equals(LOCATION)) {
      List<Span> parts = null;
      int from = a;
      for (int i = a + 1; i < b - 1; i++) {
        if (tokens[i].equals(",")) {
          if (parts == null) {
            parts = new ArrayList<>(3);
          }
          parts.add(new Span(from, i, LOCATION, s.getProb()));
          from = i + 1;
        }
      }
      if (parts != null) {
        parts.add(new Span(from, b, LOCATION, s.getProb()));
        return parts;
      }
    }
    return List.of(s);
  }

  /**
   * The first token after the last title of {@code tokens[a, b)} that a capitalised token follows,
   * or {@code a} if there is none.
   */
  private int afterLastTitle(String[] tokens, int a, int b) {
    for (int k = b - 2; k >= a; k--) {
      if (!isCapitalised(tokens[k + 1])) {
        continue;
      }
      for (int len = Math.min(MAX_TITLE_TOKENS, k - a + 1); len >= 1; len--) {
        if ((gazetteer.phrase(phrase(tokens, k - len + 1, k + 1)) & NerGazetteer.Category.TITLE.bit) != 0) {
          return k + 1;
        }
      }
    }
    return a;
  }

  private boolean isNameWords(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isCapitalised(tokens[i]) || (gazetteer.word(NerGazetteer.key(tokens[i])) & NOT_NAME_WORDS) != 0) {
        return false;
      }
    }
    return true;
  }

  /** "Indonesian", "Middle Eastern": an adjective of a people, which names no person, place or organisation. */
  private boolean isDemonym(String[] tokens, int from, int to, boolean person) {
    int bits = gazetteer.phrase(phrase(tokens, from, to));
    int names = person ? NOT_DEMONYM | PERSON_NAMES : NOT_DEMONYM;
    return (bits & NerGazetteer.Category.DEMONYM.bit) != 0 && (bits & names) == 0;
  }

  private boolean isPlace(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isCapitalised(tokens[i])) {
        return false;
      }
    }
    return (gazetteer.phrase(phrase(tokens, from, to)) & PLACES) != 0;
  }

  /** The lower-cased tokens joined by spaces, each without a final period ("sen." is "sen"). */
  private static String phrase(String[] tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      String t = tokens[i];
      if (t.length() > 1 && t.endsWith(".")) {
        t = t.substring(0, t.length() - 1);
      }
      if (i > from) {
        sb.append(' ');
      }
      sb.append(NerGazetteer.key(t));
    }
    return sb.toString();
  }

  private static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }
}
