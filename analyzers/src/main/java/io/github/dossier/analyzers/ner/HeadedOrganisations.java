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
 * "Supreme People 's Assembly") that no span
 * covers and no other capitalised word touches, except an article opening the sentence, which is
 * left out of the name. Its last word is one of {@code NameBoundaries}' organisation head words
 * ("Commission", "Council", "Party", "University", "Forces", ...), or its first word is such a head
 * word before "of" or "for" ("Board of Peace", "House of Representatives", "Ministry of Defence"),
 * and the gazetteer does not know
 * the whole run as a place ("Soviet Union"). Its probability is that of an even guess, {@value
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
          || !NameBoundaries.isOrganisationHead(tokens[end - 1], false) && !hasHeadBeforeOf(tokens, start, end)) {
        i = end - 1;
        continue;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      if (anyCovered(covered, start, end) || (gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, false)) & PLACES) != 0) {
        i = end - 1;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
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
   * "Did" opening a sentence), after any word that is not a plain word ("CDN$11,000"), and after a
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
      if (k == start && sentenceStart(tokens, k)
          && (SentenceTokens.isCapitalisedArticle(t) || (bits & NerGazetteer.Category.USUALLY_LOWERCASE.bit) != 0)) {
        start = k + 1;
      } else if ((bits & NerGazetteer.Category.TITLE.bit) != 0 && !NameEdges.isCollectivePossessive(tokens, k + 1)) {
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
    return end - start >= 3 && HEADS_BEFORE_OF.contains(tokens[start])
        && (tokens[start + 1].equals("of") || tokens[start + 1].equals("for"))
        && (gazetteer.word(NerGazetteer.key(tokens[end - 1])) & NerGazetteer.Category.DEMONYM.bit) == 0;
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
