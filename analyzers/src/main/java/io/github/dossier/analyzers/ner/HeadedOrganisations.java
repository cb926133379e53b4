package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.anyCovered;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.covered;
import static io.github.dossier.analyzers.ner.SentenceTokens.sentenceStart;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Tags an untagged name that an organisation's head word ends as an organisation: "The European
 * Commission fined ..." (the model, trained on few such sentence openings, may tag nothing there),
 * "the Supreme Iraqi Criminal Tribunal", "the Russian Volunteer Corps".
 *
 * <p>A candidate is a run of two or more capitalised words (inner "of", "the", "and" and "for"
 * allowed between them: "Commission for the Investigation of Abuse of Authority", and the "'s" of
 * "Supreme People 's Assembly") that no other capitalised word touches, except an article opening
 * the sentence, which is left out of the name. Spans inside it may only be places, which it takes
 * in ("[Florida] Department of Transportation", "[Kenya] Wildlife Service", "College of
 * [Wooster]"; a country's abbreviation first stays a place before the name: "[U.S.] Securities and
 * Exchange Commission"), and some word of it is untagged. Its last word is
 * one of {@code NameBoundaries}' organisation head words ("Commission", "Council", "Party",
 * "University", "Forces", ...), or its first word is such a head word before "of" or "for" ("Board
 * of Peace", "House of Representatives", "Ministry of Defence"), or a later word is an
 * institution's before "of" or "for" ("Florida Museum of Natural History", "Puerto Rico Center for
 * Investigative Journalism"), or a commission's, council's or committee's before "on" ("Commission
 * on Presidential Debates"), and the gazetteer does not know the whole run as a place ("Soviet
 * Union"). Its probability is that of an even guess, {@value
 * #PROBABILITY}. Stateless; safe to share.
 */
final class HeadedOrganisations {

  /** The probability given to an organisation the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String ORGANIZATION = "ORG";
  private static final int MAX_TOKENS = 10;
  private static final Set<String> INNER_WORDS = Set.of("of", "the", "and", "for");
  /** First words of organisations named "... of ...": "Board of Peace", "House of Representatives". */
  private static final Set<String> HEADS_BEFORE_OF = Set.of("Board", "Chamber", "House", "Ministry", "Department",
      "Office", "Bank", "Court", "Council", "Commission", "Committee", "Bureau", "University", "Institute",
      "Academy", "Party", "Union", "Federation", "Association", "League", "Agency", "Authority", "Directorate",
      "Movement", "Congress", "Assembly", "Parliament", "Center", "Centre");
  private static final int PLACES = NerGazetteer.PLACES;
  /** Words before a head word that make no name of it: "The Court", "This Court". */
  private static final Set<String> DETERMINERS = Set.of("The", "This", "That", "These", "Those", "Its", "Our", "Their");
  /** Bodies named after what they deliberate on: "Commission on Presidential Debates", "Council on Foreign Relations". */
  private static final Set<String> DELIBERATIVE = Set.of("Commission", "Council", "Committee");
  /** A word opening the sentence before a head word is its qualifier ("Conservative Party") if this long ("In", "If", "No" are not). */
  private static final int MIN_QUALIFIER_LENGTH = 5;
  private static final Set<String> NUMBERS = Set.of("Three", "Seven", "Eight", "Several", "Other", "Every");
  /**
   * Words besides {@link #HEADS_BEFORE_OF} that open an organisation's name before "of" or "for",
   * first or after other words: "Florida Museum of Natural History", "College of Wooster".
   */
  private static final Set<String> INSTITUTIONS = Set.of("Museum", "Institution", "Laboratory", "School", "Society",
      "Foundation", "Fund", "Service", "College");

  /** Words for membership that work as titles before "of": "Member of Parliament" (the gazetteer lists no title). */
  private static final Set<String> MEMBERS = Set.of("Member", "Members");

  private final NerGazetteer gazetteer;

  HeadedOrganisations(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence plus its untagged headed organisations; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = null;
    List<Span> out = null;
    for (int i = 0; i < tokens.length; i++) {
      if (!capitalised(tokens[i]) || i > 0 && capitalised(tokens[i - 1])) {
        continue;
      }
      int end = i;
      int lastCapital = i;
      while (end < tokens.length && end - i < MAX_TOKENS
          && (capitalised(tokens[end]) || INNER_WORDS.contains(tokens[end])
              || tokens[end].equals("on") && DELIBERATIVE.contains(tokens[end - 1])
              || NameEdges.isCollectivePossessive(tokens, end))) {
        if (capitalised(tokens[end])) {
          lastCapital = end;
        }
        end++;
      }
      end = lastCapital + 1;
      if (end < tokens.length && capitalised(tokens[end])) {
        i = end - 1;
        continue;
      }
      int start = nameStart(tokens, i, end);
      if (end - start < 2
          || !NameBoundaries.isOrganisationHead(tokens[end - 1], true) && !hasHeadBeforeOf(tokens, start, end)) {
        i = end - 1;
        continue;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      start = afterCountry(tokens, out != null ? out : Arrays.asList(spans), start, end);
      if (end - start < 2) {
        i = end - 1;
        continue;
      }
      List<Span> places = anyCovered(covered, start, end) ? placesInside(tokens, out != null ? out : Arrays.asList(spans),
          covered, start, end) : List.of();
      if (places == null || (gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, false)) & PLACES) != 0) {
        i = end - 1;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.removeAll(places);
      out.add(new Span(start, end, ORGANIZATION, PROBABILITY));
      Arrays.fill(covered, start, end, true);
      i = end - 1;
    }
    if (out == null) {
      return spans;
    }
    return sorted(out);
  }

  /**
   * Where the name in the run {@code [from, end)} starts: after capitalised common words ("And",
   * "Did" opening a sentence; not before a head word: "Conservative Party of Canada"), after any word that is not a plain word ("CDN$11,000"), and after a
   * title and the "of (the)" that follows it ("Member of Parliament" leaves "Parliament"; the
   * "People" of "People 's" is no title).
   */
  private int nameStart(String[] tokens, int from, int end) {
    int start = from;
    for (int k = from; k < end; k++) {
      String t = tokens[k];
      if (!isPlainWord(t)) {
        start = k + 1;
        continue;
      }
      if (!capitalised(t)) {
        continue;
      }
      int bits = gazetteer.word(NerGazetteer.key(t));
      if (k == start && DETERMINERS.contains(t)) {
        start = k + 1; // "The Court", "This Court": a determiner and a head word are no name
      } else if (k == start && sentenceStart(tokens, k) && (SentenceTokens.isCapitalisedArticle(t)
          || (bits & NerGazetteer.Category.USUALLY_LOWERCASE.bit) != 0
              && !(t.length() >= MIN_QUALIFIER_LENGTH && !NUMBERS.contains(t)
                  && k + 1 < end && NameBoundaries.isOrganisationHead(tokens[k + 1], false)))) {
        start = k + 1;
      } else if (((bits & NerGazetteer.Category.TITLE.bit) != 0 || MEMBERS.contains(t))
          && !NameEdges.isCollectivePossessive(tokens, k + 1)
          && !(t.equals("General") && k + 1 < end && capitalised(tokens[k + 1]))) { // "General Services Administration"
        int after = k + 1;
        while (after < end && INNER_WORDS.contains(tokens[after])) {
          after++;
        }
        start = after;
        k = after - 1;
      }
    }
    while (start < end && INNER_WORDS.contains(tokens[start])) {
      start++;
    }
    return start;
  }

  /** "University" of "University of Washington": a word that opens organisations' names before "of" or "for". */
  static boolean isHeadBeforeOf(String token) {
    return HEADS_BEFORE_OF.contains(token);
  }

  /**
   * "Board of Peace", "Chamber of Deputies", "Ministry of Defence": the name's first word is the
   * head word of an organisation named after what it is for (not after a people: "Board of Muslim
   * clerics" is no name "Board of Muslim").
   */
  private boolean hasHeadBeforeOf(String[] tokens, int start, int end) {
    if (end - start < 3 || (gazetteer.word(NerGazetteer.key(tokens[end - 1])) & NerGazetteer.Category.DEMONYM.bit) != 0) {
      return false;
    }
    for (int k = start; k < end - 2; k++) {
      if ((HEADS_BEFORE_OF.contains(tokens[k]) || INSTITUTIONS.contains(tokens[k]))
          && (tokens[k + 1].equals("of") || tokens[k + 1].equals("for"))
          || DELIBERATIVE.contains(tokens[k]) && tokens[k + 1].equals("on") && capitalised(tokens[k + 2])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the organisation starts if a country's abbreviation opens the run: after it ("[U.S.]
   * Securities and Exchange Commission", as news annotation has it; a country's full name is part of
   * its bodies' names: "Kenya Wildlife Service").
   */
  private static int afterCountry(String[] tokens, List<Span> spans, int start, int end) {
    for (Span s : spans) {
      if (s.getStart() == start && s.length() == 1 && s.getEnd() < end && s.getType().equals("LOC")
          && CountryNames.ABBREVIATIONS.contains(tokens[start])) {
        return s.getEnd();
      }
    }
    return start;
  }

  /**
   * The place spans that a new organisation {@code [start, end)} takes in ("[Florida] Department of
   * Transportation", "College of [Wooster]"): spans wholly inside it, all places, covering every
   * covered word of it; null if there is another span, or no word is left untagged.
   */
  private List<Span> placesInside(String[] tokens, List<Span> spans, boolean[] covered, int start, int end) {
    List<Span> inside = new ArrayList<>();
    int coveredWords = 0;
    for (Span s : spans) {
      if (s.getEnd() <= start || s.getStart() >= end) {
        continue;
      }
      if (s.getStart() < start || s.getEnd() > end || !s.getType().equals("LOC")) {
        return null;
      }

      inside.add(s);
      coveredWords += s.length();
    }
    int words = 0;
    for (int k = start; k < end; k++) {
      if (covered[k]) {
        words++;
      }
    }
    for (Span place : inside) {
      if (place.getEnd() == end && !hasHeadBeforeOf(tokens, start, end)) {
        return null; // "Israeli-occupied [West Bank]": the head word is the place's own
      }
      if (place.getEnd() + 1 < end && tokens[place.getEnd()].equals("and") && tokens[place.getEnd() + 1].equals("the")) {
        return null; // "[Colorado] and the College of Wooster" is two names
      }
    }
    return coveredWords == words && coveredWords < end - start ? inside : null;
  }

  /** Letters, with inner hyphens, apostrophes or periods ("Al-Aqsa", "Sa'ad", "U.S."). */
  private static boolean isPlainWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.' && c != '&') {
        return false;
      }
    }
    return true;
  }

}
