package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.covered;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Tags a country, region or city written in lower case as a place: "we flew to kerala", "the best
 * pizza in san francisco". Reviews, mail and posts often write names in lower case; the model, which
 * leans on capitals, tags none of them.
 *
 * <p>A candidate is a run of one to {@value #MAX_TOKENS} lower-case words that no span covers and
 * that the gazetteer lists as a country, region or city (towns and WordNet's weaker instances do not
 * count: "deal"). The run may not be a usually lower-case word or phrase of the gazetteer, a name
 * part (first name, surname, famous person), a title or a demonym, and a single word no common noun
 * of the NER corpora, no word the word clusters hold in lower case (seen so at least three times in
 * their text: "lens", "liberal", "london"), and no word with an English adjective's or noun's
 * ending ("bountiful"), no WordNet person ("molotov"), and, unless a country, a word whose
 * capitalised form the clusters hold (a place the text writes about: "Kerala", not "Apex"):
 * "mobile", "reading", "nice" and "jordan" stay untagged. In a longer run, one word at least must
 * be neither a common noun nor a lower-case word of the clusters ("new york", not "west coast").
 * A run opening with "the" is none ("the city"); a single word must have {@value #MIN_LENGTH}
 * letters or more and open the sentence, follow a preposition of place, "and", "or" or a comma, or
 * come before "and", "or" or a clause's punctuation, or come right after a place this rule tagged
 * or before a country or region in lower case ("in kerala", "vietnam and", "miramar florida", not
 * "a heavy boulder rolled"). The longest known run
 * wins. Its probability is that of an even guess, {@value #PROBABILITY}. Well-edited news writes
 * names with capitals, so this rule rarely fires there. Stateless; safe to share.
 */
final class LowercasePlaces {

  /** The probability given to a place the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final int MAX_TOKENS = 3;
  private static final int MIN_LENGTH = 4;
  /** log2 of the Bloom filter's size in bits: 2^19 bits, 64 KB. */
  private static final int FILTER_BITS = 19;
  private static final int PLACES = NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.REGION.bit
      | NerGazetteer.Category.CITY.bit;
  private static final int NOT_A_PLACE = NerGazetteer.Category.USUALLY_LOWERCASE.bit
      | NerGazetteer.Category.FIRST_NAME.bit | NerGazetteer.Category.SURNAME.bit | NerGazetteer.Category.PERSON.bit
      | NerGazetteer.Category.TITLE.bit | NerGazetteer.Category.DEMONYM.bit;

  /** Endings of English adjectives and nouns that are also names of cities: "bountiful", "liberal" has its cluster. */
  private static final List<String> WORD_ENDINGS = List.of("ful", "ous", "ive", "able", "ible", "less", "ness",
      "ment", "ly", "ing");

  /** Words before a single-word place: prepositions of place, "and", "or", a comma. */
  private static final Set<String> BEFORE_PLACES = Set.of("in", "to", "from", "at", "near", "of", "around", "across",
      "into", "between", "via", "visit", "visiting", "and", "or", ",", "-", "(");
  /** Words after a single-word place: "and", "or", punctuation that ends a clause. */
  private static final Set<String> AFTER_PLACES = Set.of("and", "or", ",", ".", "?", "!", ";", ")");

  private final NerGazetteer gazetteer;
  private final WordClusters clusters;

  /**
   * The words that may start a place in lower case (the first words of the gazetteer's countries,
   * regions and cities), as a 64 KB Bloom filter over their hash codes: most tokens of a sentence
   * are lower-case words, and two look-ups in the gazetteer's large tables for each of them cost a
   * tenth of the tagger's time; the filter answers no for nearly all of them from the cache.
   */
  private final HashFilter starts = new HashFilter(FILTER_BITS);

  LowercasePlaces(NerGazetteer gazetteer, WordClusters clusters) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
    this.clusters = checkNotNull(clusters, "clusters");
    gazetteer.forEach((phrase, bits) -> {
      int space = phrase.indexOf(' ');
      String first = space < 0 ? phrase : phrase.substring(0, space);
      if ((bits & PLACES) != 0 && !first.equals("the") && isLowerCaseWord(first)
          && (space > 0 || !isCommonSingleWord(first))) {
        starts.add(first.hashCode());
      }
    });
  }

  /** The spans of one sentence plus its places written in lower case; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = null;
    List<Span> out = null;
    for (int i = 0; i < tokens.length; i++) {
      if (!starts.mayContain(tokens[i].hashCode()) || !isLowerCaseWord(tokens[i])) {
        continue;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      boolean afterPlace = out != null && out.get(out.size() - 1).getEnd() == i
          && out.get(out.size() - 1).getProb() == PROBABILITY;
      int end = placeEnd(tokens, covered, i, afterPlace);
      if (end > i) {
        if (out == null) {
          out = new ArrayList<>(Arrays.asList(spans));
        }
        out.add(new Span(i, end, "LOC", PROBABILITY));
        i = end - 1;
      }
    }
    return out == null ? spans : sorted(out);
  }

  /** The end of the longest place in lower case that starts at {@code start}, or {@code start} if none. */
  private int placeEnd(String[] tokens, boolean[] covered, int start, boolean afterPlace) {
    int longest = gazetteer.startsPhrase(tokens[start]) ? Math.min(tokens.length, start + MAX_TOKENS) : start + 1;
    for (int end = longest; end > start; end--) {
      if (!allUntaggedLowerCase(tokens, covered, start, end)) {
        continue;
      }
      int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, false));
      if ((bits & PLACES) != 0 && (bits & NOT_A_PLACE) == 0 && !anyCommonWord(tokens, start, end, afterPlace)) {
        return end;
      }
    }
    return start;
  }

  /** Whether the run (known as a place, and as nothing that is no place) is likelier common words than a place. */
  private boolean anyCommonWord(String[] tokens, int start, int end, boolean afterPlace) {
    if (tokens[start].equals("the")) {
      return true; // "the city" is a city's alternate name
    }
    if (end - start > 1) {
      // the words of a longer place may be common ("new york"), not all of them ("west coast")
      for (int i = start; i < end; i++) {
        if (!NameEdges.isCommonNoun(tokens[i]) && !clusters.contains(tokens[i])) {
          return false;
        }
      }
      return true;
    }
    String word = tokens[start];
    if (start > 0 && !afterPlace && !BEFORE_PLACES.contains(tokens[start - 1])
        && end < tokens.length && !AFTER_PLACES.contains(tokens[end]) && !isLowerCaseRegion(tokens[end])) {
      return true; // "a heavy boulder": a single word only where a place goes ("in kerala", "vietnam and")
    }
    return isCommonSingleWord(word);
  }

  /** Whether a single word, whatever its context, is likelier a common word than a place. */
  private boolean isCommonSingleWord(String word) {
    int bits = gazetteer.word(word);
    return word.length() < MIN_LENGTH || (bits & NOT_A_PLACE) != 0 || NameEdges.isCommonNoun(word)
        || clusters.contains(word) || WORD_ENDINGS.stream().anyMatch(word::endsWith)
        || (bits & NerGazetteer.Category.WORDNET_PERSON.bit) != 0
        // a city or region the news text writes about ("Kerala"), else an English word is likelier ("apex")
        || (bits & NerGazetteer.Category.COUNTRY.bit) == 0 && !clusters.contains(capitalised(word));
  }

  /** "florida" after "miramar": a country or region in lower case, which may follow a city. */
  private boolean isLowerCaseRegion(String token) {
    int bits = gazetteer.word(token);
    return isLowerCaseWord(token) && (bits & (NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.REGION.bit)) != 0
        && (bits & NOT_A_PLACE) == 0;
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static boolean allUntaggedLowerCase(String[] tokens, boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered[i] || !isLowerCaseWord(tokens[i])) {
        return false;
      }
    }
    return true;
  }

  /** A word of two or more lower-case letters only. */
  private static boolean isLowerCaseWord(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
