package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.covered;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Tags an untagged name right after a lower-case word for a kind of organisation as an
 * organisation, as news introduces organisations it expects few readers to know: "German airline
 * Lufthansa", "Israeli intelligence agency Mossad", "state-owned energy company Pertamina", "the
 * Russian newspaper Izvestia" (the model, seeing one unknown word, often tags nothing).
 *
 * <p>A candidate is a run of one to {@value #MAX_TOKENS} capitalised words (after the first, an
 * Arabic name with its article counts as one) that no span covers, right after one of {@link
 * #ORGANISATION_NOUNS} and followed by no other capitalised word, nor by "of", "for", "de", "del",
 * "&" or "and" and a capitalised word, after an article or not: such a name goes on and its end is
 * unclear ("militia Decisive Movement for the Liberation of Congo", "Comandos de la Frontera"). No word of it may be an article, a month or weekday, a
 * title, a usually lower-case word, a demonym or a number, and the run may not be known as a
 * country, region or city. "Carrier" is no such noun (ships: "aircraft carrier USS Abraham
 * Lincoln"). Its probability is that of an even guess, {@value #PROBABILITY}. Stateless; safe to
 * share.
 */
final class OrganisationNouns {

  /** The probability given to an organisation the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String ORGANIZATION = "ORG";
  private static final int MAX_TOKENS = 3;
  /** Lower-case words for kinds of organisations that news puts right before a name: "airline Lufthansa". */
  static final Set<String> ORGANISATION_NOUNS = Set.of("airline", "agency", "broadcaster", "newspaper", "outlet",
      "website", "platform", "company", "firm", "carmaker", "automaker", "manufacturer", "maker", "retailer", "bank",
      "lender", "insurer", "conglomerate", "militia", "app", "network", "magazine", "tabloid", "club", "regulator",
      "watchdog", "chain", "operator", "developer", "subsidiary", "party", "group", "service", "organization",
      "organisation", "movement", "startup", "publisher", "giant", "band");
  /** Words after a name that may continue it: "Movement for the Liberation of Congo", "Blood & Honour". */
  private static final Set<String> CONTINUATIONS = Set.of("of", "for", "de", "del", "&", "and");
  /** Articles between a continuation and the rest of a name: "Comandos de la Frontera". */
  private static final Set<String> ARTICLES = Set.of("the", "la", "le", "el", "los", "las", "les", "der", "die");
  private static final Set<String> DETERMINERS = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its",
      "Their", "His", "Her", "Our");
  /** Spelled numbers that open a run ("Three", "Twenty-one"), which the gazetteer may not list as common words. */
  private static final Set<String> NUMBERS = Set.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
      "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Thirty", "Forty", "Fifty", "Hundred", "Hundreds", "Thousands");
  private static final int NOT_A_NAME_WORD = NerGazetteer.Category.TITLE.bit
      | NerGazetteer.Category.USUALLY_LOWERCASE.bit | NerGazetteer.Category.DEMONYM.bit;
  private static final int PLACES = NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.REGION.bit
      | NerGazetteer.Category.CITY.bit;

  private final NerGazetteer gazetteer;

  OrganisationNouns(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /**
   * The spans of one sentence plus its untagged organisations after a word for their kind; {@code
   * spans} itself if none.
   */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = null;
    List<Span> out = null;
    for (int noun = 0; noun + 1 < tokens.length; noun++) {
      if (!ORGANISATION_NOUNS.contains(tokens[noun]) || !capitalised(tokens[noun + 1])) {
        continue;
      }
      int start = noun + 1;
      int end = start + 1;
      while (end < tokens.length && SentenceTokens.isNameWord(tokens[end])
          && tokens[end].indexOf('$') < 0) {
        end++; // "airline Qantas AU$90 million": an amount is no part of the name
      }
      if (end - start > MAX_TOKENS || continues(tokens, end)) {
        continue;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      if (SentenceTokens.anyCovered(covered, start, end) || !isOrganisationName(tokens, start, end)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(start, end, ORGANIZATION, PROBABILITY));
    }
    return out == null ? spans : sorted(out);
  }

  /** Whether "of", "for", "&", ... and a capitalised word (after an article or not) follow at {@code end}. */
  private static boolean continues(String[] tokens, int end) {
    if (end + 1 >= tokens.length || !CONTINUATIONS.contains(tokens[end])) {
      return false;
    }
    int next = ARTICLES.contains(tokens[end + 1]) ? end + 2 : end + 1;
    return next < tokens.length && capitalised(tokens[next]);
  }

  private boolean isOrganisationName(String[] tokens, int start, int end) {
    if ((gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, false)) & PLACES) != 0) {
      return false;
    }
    for (int i = start; i < end; i++) {
      String t = tokens[i];
      if (!SentenceTokens.isWord(t) || DETERMINERS.contains(t) || SentenceTokens.isCalendarWord(t) || isNumber(t)
          || (gazetteer.word(NerGazetteer.key(t)) & NOT_A_NAME_WORD) != 0) {
        return false;
      }
    }
    return true;
  }

  /** A digit first ("2026"), or a spelled number ("Three", "Twenty-one"). */
  private static boolean isNumber(String token) {
    int hyphen = token.indexOf('-');
    return Character.isDigit(token.charAt(0)) || NUMBERS.contains(hyphen < 0 ? token : token.substring(0, hyphen));
  }
}
