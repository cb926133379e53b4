package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;

import opennlp.tools.util.Span;

/**
 * Widens a place or organisation over the capitalised words next to it that the gazetteer knows
 * together with it: "former [Mexico] governor" after "New" is "New Mexico", "[Sudan]" after "South"
 * is "South Sudan". The model sometimes starts a name at the word it knows best and leaves an
 * untagged word of the name outside.
 *
 * <p>A place or organisation span takes up to {@value #MAX_WORDS} untagged capitalised words right
 * before it, or right after it, when the gazetteer lists the whole as a country, region or city
 * (the span becomes a place) or as an organisation (it becomes one); towns and WordNet's weaker
 * instances do not count, nor a whole that is also a person's name, nor an article before it (see
 * {@link NameBoundaries}). The widest known phrase wins;
 * spans never come to overlap. Stateless; safe to share.
 */
final class KnownNameEdges {

  private static final int MAX_WORDS = 2;
  private static final int PLACES = NerGazetteer.Category.CITY.bit | NerGazetteer.Category.COUNTRY.bit
      | NerGazetteer.Category.REGION.bit;
  private static final int PERSONS = NerGazetteer.Category.PERSON.bit | NerGazetteer.Category.WORDNET_PERSON.bit;

  private final NerGazetteer gazetteer;

  KnownNameEdges(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence, widened where the gazetteer knows more; {@code spans} itself if none changed. */
  Span[] apply(String[] tokens, Span[] spans) {
    Span[] out = null;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      if (s.getType().equals("PER")) {
        continue;
      }
      int low = k > 0 ? spans[k - 1].getEnd() : 0;
      int high = k + 1 < spans.length ? spans[k + 1].getStart() : tokens.length;
      Span wider = widest(tokens, s, low, high);
      if (wider != s) {
        if (out == null) {
          out = spans.clone();
        }
        out[k] = wider;
      }
    }
    return out == null ? spans : out;
  }

  /** The widest known phrase around {@code s} within {@code [low, high)}, or {@code s} itself. */
  private Span widest(String[] tokens, Span s, int low, int high) {
    Span best = s;
    for (int before = 0; before <= MAX_WORDS; before++) {
      int start = s.getStart() - before;
      if (start < low || before > 0 && (!capitalised(tokens[start]) || SentenceTokens.isCapitalisedArticle(tokens[start]))) {
        break;
      }
      for (int after = 0; after <= MAX_WORDS; after++) {
        int end = s.getEnd() + after;
        if (end > high || after > 0 && !capitalised(tokens[end - 1])) {
          break;
        }
        if (before + after == 0 || end - start <= best.length()) {
          continue;
        }
        int bits = gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, false));
        if ((bits & PERSONS) != 0) {
          continue;
        }
        if ((bits & PLACES) != 0) {
          best = new Span(start, end, "LOC", s.getProb());
        } else if ((bits & NerGazetteer.Category.ORGANIZATION.bit) != 0) {
          best = new Span(start, end, "ORG", s.getProb());
        }
      }
    }
    return best;
  }
}
