package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.allCapitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.anyCovered;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.covered;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Tags the untagged middle of a chain of places as a place: "in Bannu, [Khyber Pakhtunkhwa],
 * Pakistan", "in Karak District, [Khyber Pakhtunkhwa], Pakistan". News writes a place with its
 * province and country after commas; the model tags the two ends and often misses a middle it has
 * never seen.
 *
 * <p>A candidate is a run of one to four capitalised words between two commas that no span covers,
 * with a place span ending right before the first comma and another starting right after the
 * second. It is tagged when the gazetteer knows it as a place, or when the place after it is a
 * country and the gazetteer does not know the run as a person, an organisation, a demonym or a
 * common word.
 *
 * <p>The head of a chain is tagged too: a run of one to four capitalised words that no span
 * covers, right before ", " and a place span, when that place is followed by ", " and another place
 * ("in [Majdal Zoun], South Governorate, Lebanon") or is a country and the run follows a
 * preposition of place ("in [Umm Sayala], Sudan", "in the [Western Cape], South Africa"); the run
 * must be a known place or, as for a middle, have no word that is a name part or a common word (a
 * closing division word such as "District" excepted: "hits [Mon District], Nagaland, India").
 * Probabilities are that of an even guess, {@value #PROBABILITY}. Stateless; safe to share.
 */
final class PlaceChains {

  /** The probability given to a place the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String LOCATION = "LOC";
  private static final int MAX_TOKENS = 4;
  private static final int PLACES = NerGazetteer.PLACES;
  private static final int NOT_A_PLACE = NerGazetteer.Category.PERSON.bit | NerGazetteer.Category.ORGANIZATION.bit
      | NerGazetteer.Category.DEMONYM.bit | NerGazetteer.Category.USUALLY_LOWERCASE.bit;

  /** Words after which a run before "X, country" is a place: "in", "near", "from", ... */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "in", "near", "at", "from", "of", "outside", "into", "across", "around", "to", "toward", "towards");

  /** Words that end the name of an administrative division: "Mon District", "Sumy Oblast". */
  private static final Set<String> DIVISION_WORDS = Set.of(
      "District", "Province", "Governorate", "County", "Oblast", "Region", "Municipality", "Prefecture");

  private final NerGazetteer gazetteer;

  PlaceChains(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence plus the untagged middles of its place chains; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    List<Span> out = null;
    boolean[] covered = null;
    for (int k = 0; k + 1 < spans.length; k++) {
      Span before = spans[k];
      Span after = spans[k + 1];
      int from = before.getEnd() + 1;
      int to = after.getStart() - 1;
      if (!before.getType().equals(LOCATION) || !after.getType().equals(LOCATION)
          || to - from < 1 || to - from > MAX_TOKENS
          || !tokens[from - 1].equals(",") || !tokens[to].equals(",") || !allCapitalised(tokens, from, to)) {
        continue;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      if (anyCovered(covered, from, to)) {
        continue;
      }
      int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, from, to, false));
      int last = gazetteer.phrase(NerGazetteer.phraseKey(tokens, after.getStart(), after.getEnd(), false));
      boolean place = (bits & PLACES) != 0 && (bits & NerGazetteer.Category.PERSON.bit) == 0
          || (last & NerGazetteer.Category.COUNTRY.bit) != 0 && (bits & NOT_A_PLACE) == 0 && !anyKnownPart(tokens, from, to);
      if (!place) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(from, to, LOCATION, PROBABILITY));
    }
    out = heads(tokens, spans, out);
    return out == null ? spans : sorted(out);
  }

  /** Adds the untagged heads of chains to {@code out} (created from {@code spans} when needed). */
  private List<Span> heads(String[] tokens, Span[] spans, List<Span> out) {
    boolean[] covered = null;
    for (int k = 0; k < spans.length; k++) {
      Span place = spans[k];
      int to = place.getStart() - 1;
      if (!place.getType().equals(LOCATION) || to < 1 || !tokens[to].equals(",") || !capitalised(tokens[to - 1])) {
        continue;
      }
      if (covered == null) {
        covered = covered(tokens.length, out == null ? spans : out.toArray(new Span[0]));
      }
      int from = to;
      while (from > 0 && to - from < MAX_TOKENS && capitalised(tokens[from - 1]) && !covered[from - 1]) {
        from--;
      }
      if (from == to || from > 0 && (capitalised(tokens[from - 1]) || covered[from - 1])) {
        continue; // covered, or a longer capitalised run than a place name
      }
      boolean chain = k + 1 < spans.length && spans[k + 1].getType().equals(LOCATION)
          && spans[k + 1].getStart() == place.getEnd() + 1 && tokens[place.getEnd()].equals(",");
      boolean country = !chain && afterPlacePreposition(tokens, from)
          && (gazetteer.phrase(NerGazetteer.phraseKey(tokens, place.getStart(), place.getEnd(), false))
              & NerGazetteer.Category.COUNTRY.bit) != 0;
      if (!chain && !country) {
        continue;
      }
      int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, from, to, false));
      int partsTo = to - from > 1 && DIVISION_WORDS.contains(tokens[to - 1]) ? to - 1 : to;
      boolean known = (bits & PLACES) != 0 && (bits & NerGazetteer.Category.PERSON.bit) == 0;
      if (!known && ((bits & NOT_A_PLACE) != 0 || anyKnownPart(tokens, from, partsTo))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(from, to, LOCATION, PROBABILITY));
    }
    return out;
  }

  /** Whether the word before {@code from} (or before a "the" there) is a preposition of place. */
  private static boolean afterPlacePreposition(String[] tokens, int from) {
    int i = from - 1;
    if (i >= 0 && tokens[i].equals("the")) {
      i--;
    }
    return i >= 0 && PLACE_PREPOSITIONS.contains(tokens[i]);
  }

  /** Whether some word of the run is a person's name part, a demonym or a common word on its own. */
  private boolean anyKnownPart(String[] tokens, int from, int to) {
    int notPlaceWords = NOT_A_PLACE | NerGazetteer.Category.FIRST_NAME.bit | NerGazetteer.Category.TITLE.bit;
    for (int i = from; i < to; i++) {
      if ((gazetteer.word(NerGazetteer.key(tokens[i])) & notPlaceWords) != 0) {
        return true;
      }
    }
    return false;
  }
}
