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
 * Tags an untagged name before a lower-case word for a kind of place as a place, as news writes
 * names it expects few readers to know: "the Bab-el-Mandeb strait", "Hormozgan province", "the Cal
 * Miskaad mountains", "the Sutlej river" (the model, seeing an unknown word, often tags nothing);
 * and one after such a word and "of": "the port of Yanbu", "the town of Fashfoun" (same tests of
 * the words, the whole run of capitalised words after "of").
 *
 * <p>A candidate is a run of one to four capitalised words (after the first, an Arabic name with its
 * article counts as one: "the Deir al-Balah area") that no span covers and no other such word touches (but an article opening the sentence, left out of the name), right
 * before one of {@link #PLACE_NOUNS}. Each word is either unknown to the gazetteer or known as a
 * place and never as a demonym or a title ("Canadian province", "Sheikh district" stay untagged),
 * is no usually lower-case word ("Seven districts"), no hyphenated modifier ("Russian-controlled
 * area", "Druze-majority") and, if unknown, has no adjective's ending ("Iberian", "Alawite", "Islamic"). "City",
 * "town", "village" and "state" are left out: news puts them after demonyms and religions far more
 * often ("Druze town", "Palestinian state"). Its probability is that of an even guess, {@value
 * #PROBABILITY}. Stateless; safe to share.
 */
final class PlaceNouns {

  /** The probability given to a place the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String LOCATION = "LOC";
  private static final int MAX_TOKENS = 4;
  /** Lower-case words for kinds of places that follow a place's name: "Hormozgan province". */
  static final Set<String> PLACE_NOUNS = Set.of("strait", "river", "province", "region", "district", "county",
      "islands", "mountains", "mountain", "valley", "lake", "desert", "peninsula", "canal", "gulf", "bay",
      "governorate", "oblast", "prefecture", "municipality", "neighbourhood", "neighborhood", "area", "port");
  /** Lower-case words for kinds of places before "of" and a place's name: "the port of Yanbu". */
  static final Set<String> PLACE_NOUNS_BEFORE_OF = Set.of("town", "city", "village", "port", "district", "province",
      "region", "island", "municipality", "county", "governorate", "neighbourhood", "neighborhood", "suburb",
      "oblast", "prefecture");
  private static final int PLACES = NerGazetteer.PLACES | NerGazetteer.Category.WORDNET_LOCATION.bit;
  private static final int NOT_A_PLACE = NerGazetteer.Category.DEMONYM.bit | NerGazetteer.Category.TITLE.bit
      | NerGazetteer.Category.USUALLY_LOWERCASE.bit;

  private final NerGazetteer gazetteer;

  PlaceNouns(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence plus its untagged names of places; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = null;
    List<Span> out = null;
    for (int noun = 1; noun < tokens.length; noun++) {
      if (!PLACE_NOUNS.contains(tokens[noun]) || !SentenceTokens.isNameWord(tokens[noun - 1])) {
        continue;
      }
      int start = noun - 1;
      while (start > 0 && SentenceTokens.isNameWord(tokens[start - 1])) {
        start--;
      }
      while (start < noun && !capitalised(tokens[start])) {
        start++; // a name opens with a capital: "al-Balah" alone is none
      }
      if (start == 0 && SentenceTokens.isCapitalisedArticle(tokens[0])
          && (gazetteer.phrase(NerGazetteer.phraseKey(tokens, 0, noun, false)) & PLACES) == 0) {
        start = 1; // "The Hague" keeps its article
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      if (noun - start < 1 || noun - start > MAX_TOKENS || SentenceTokens.anyCovered(covered, start, noun)
          || !isPlaceName(tokens, start, noun)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(start, noun, LOCATION, PROBABILITY));
    }
    for (int noun = 0; noun + 2 < tokens.length; noun++) {
      if (!PLACE_NOUNS_BEFORE_OF.contains(tokens[noun]) || !tokens[noun + 1].equals("of")
          || !capitalised(tokens[noun + 2])) {
        continue;
      }
      int start = noun + 2;
      int end = start;
      while (end < tokens.length && SentenceTokens.isNameWord(tokens[end])) {
        end++;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      if (end - start > MAX_TOKENS || SentenceTokens.anyCovered(covered, start, end) || !isPlaceName(tokens, start, end)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(start, end, LOCATION, PROBABILITY));
    }
    return out == null ? spans : sorted(out);
  }


  private boolean isPlaceName(String[] tokens, int start, int end) {
    int whole = gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, false));
    if ((whole & PLACES) != 0 && (whole & NOT_A_PLACE) == 0) {
      return true;
    }
    for (int i = start; i < end; i++) {
      String t = tokens[i];
      int bits = gazetteer.word(NerGazetteer.key(t));
      if (!SentenceTokens.isWord(t) || SentenceTokens.hasLowerCaseTail(t) || (bits & NOT_A_PLACE) != 0
          || bits != 0 && (bits & PLACES) == 0 || bits == 0 && SentenceTokens.hasAdjectiveEnding(t)) {
        return false;
      }
    }
    return true;
  }
}
