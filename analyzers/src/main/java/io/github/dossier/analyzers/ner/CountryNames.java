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
 * Tags the country names the model left untagged as places, as news (CoNLL) annotation does in
 * every use: "U.S." in "two U.S. service members", "Iraq" in "Iraq signed".
 *
 * <p>A candidate is a run of capitalised words (inner "of", "the" and "and" allowed: "Democratic
 * Republic of the Congo", "Trinidad and Tobago") that no span covers, that no other capitalised
 * word touches on either side (but an article opening the sentence: "The U.S. military's Central
 * Command"), and that the gazetteer lists as a country and not also as a
 * demonym, a usually lower-case word or a famous person ("Jordan"), or that is one of the country
 * abbreviations of English news the gazetteer's sources lack ({@link #ABBREVIATIONS}: "U.S."). A
 * country that is also a first name or surname counts at the start of a sentence too: "Cuba
 * suspends refueling", "Chad said" (in news these are the countries; a person's first name has
 * a capitalised surname after it). Its probability is that of an even guess, {@value
 * #PROBABILITY}. Stateless; safe to share.
 */
final class CountryNames {

  /** The probability given to a country name that the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String LOCATION = "LOC";
  /** "Democratic Republic of the Congo": five words. */
  private static final int MAX_TOKENS = 5;
  private static final Set<String> INNER_WORDS = Set.of("of", "the", "and");
  /** Country abbreviations of English news, as written: "U.S.", "U.K.". */
  static final Set<String> ABBREVIATIONS = Set.of("U.S.", "US", "U.S.A.", "USA", "U.K.", "UK", "U.A.E.", "UAE");
  private static final int NOT_A_PLACE = NerGazetteer.Category.DEMONYM.bit
      | NerGazetteer.Category.USUALLY_LOWERCASE.bit | NerGazetteer.Category.PERSON.bit;

  private final NerGazetteer gazetteer;

  CountryNames(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence plus its untagged country names; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = covered(tokens.length, spans);
    List<Span> out = null;
    for (int i = 0; i < tokens.length; i++) {
      if (covered[i] || !capitalised(tokens[i]) || i > 0 && capitalised(tokens[i - 1]) && !openingArticle(tokens, i - 1)) {
        continue;
      }
      for (int end = Math.min(tokens.length, i + MAX_TOKENS); end > i; end--) {
        if (!capitalised(tokens[end - 1]) || end < tokens.length && capitalised(tokens[end])
            || !isCandidate(tokens, covered, i, end)) {
          continue;
        }
        int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, i, end, false));
        boolean abbreviation = end - i == 1 && ABBREVIATIONS.contains(tokens[i]);
        if (!abbreviation && ((bits & NerGazetteer.Category.COUNTRY.bit) == 0 || (bits & NOT_A_PLACE) != 0)) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(Arrays.asList(spans));
        }
        out.add(new Span(i, end, LOCATION, PROBABILITY));
        i = end - 1;
        break;
      }
    }
    if (out == null) {
      return spans;
    }
    return sorted(out);
  }

  /** A capitalised article opening the sentence, which is no part of the name after it: "The U.S. launched". */
  private static boolean openingArticle(String[] tokens, int k) {
    return k == 0 && SentenceTokens.isCapitalisedArticle(tokens[k]);
  }

  /** Uncovered capitalised words, with only "of", "the" and "and" between them. */
  private static boolean isCandidate(String[] tokens, boolean[] covered, int start, int end) {
    for (int k = start; k < end; k++) {
      if (covered[k] || !capitalised(tokens[k]) && !INNER_WORDS.contains(tokens[k])) {
        return false;
      }
    }
    return true;
  }
}
