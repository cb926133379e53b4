package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.covered;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Tags the name after a title as a person where the model left it untagged: "President Trump",
 * "Syrian President Bashar al-Assad", "former prime minister Sheikh Hasina". The model learns the
 * pattern only for names it has seen often enough; a title is strong evidence whatever the name.
 *
 * <p>A candidate is a run of one to five untagged words right after a title of the gazetteer (one
 * to three words ending in a title word that is not mostly a common word, such as "President",
 * "Foreign Minister", "prime minister", but not "Star" or "teacher"): capitalised words of two or
 * more characters,
 * hyphenated Arabic surnames ("al-Assad") and, between them, lower-case name particles ("da",
 * "bin"), followed by no other capitalised word. No word of the run may be a title, demonym,
 * usually lower-case word or organisation or place head word ("General Motors" and "General
 * Assembly" name no one), and neither the run nor the title with
 * the run may be a country, region or organisation of the gazetteer, nor a city that is not also a
 * person's name. Its probability is that of an even guess, {@value #PROBABILITY}. Stateless; safe
 * to share.
 */
final class TitledNames {

  /** The probability given to a titled name that the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String PERSON = "PER";
  private static final int MAX_TITLE_TOKENS = 3;
  private static final int MAX_NAME_TOKENS = 5;
  private static final int NOT_NAME_WORDS = NerGazetteer.Category.TITLE.bit | NerGazetteer.Category.DEMONYM.bit
      | NerGazetteer.Category.USUALLY_LOWERCASE.bit | NerGazetteer.Category.ORG_HEAD.bit
      | NerGazetteer.Category.LOCATION_HEAD.bit;
  private static final int NOT_PERSONS = NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.REGION.bit
      | NerGazetteer.Category.ORGANIZATION.bit;
  private static final int PLACES = NerGazetteer.Category.CITY.bit | NerGazetteer.Category.TOWN.bit;
  private static final int PERSON_NAMES = NerGazetteer.Category.FIRST_NAME.bit | NerGazetteer.Category.SURNAME.bit
      | NerGazetteer.Category.PERSON.bit | NerGazetteer.Category.WORDNET_PERSON.bit;

  private final NerGazetteer gazetteer;

  TitledNames(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence plus the untagged names after titles; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = null;
    List<Span> out = null;
    for (int i = 1; i < tokens.length; i++) {
      if (!capitalised(tokens[i]) || !isTitleWord(tokens[i - 1])) {
        continue;
      }
      int title = titleStart(tokens, i);
      if (title < 0) {
        continue;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      int end = nameEnd(tokens, covered, i);
      if (end < 0 || !isPersonName(tokens, title, i, end)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(i, end, PERSON, PROBABILITY));
      Arrays.fill(covered, i, end, true);
      i = end;
    }
    if (out == null) {
      return spans;
    }
    return sorted(out);
  }

  /** The first token of the longest title that ends right before {@code i}, or -1. */
  private int titleStart(String[] tokens, int i) {
    for (int len = Math.min(MAX_TITLE_TOKENS, i); len >= 1; len--) {
      if ((gazetteer.phrase(NerGazetteer.phraseKey(tokens, i - len, i, true)) & NerGazetteer.Category.TITLE.bit) != 0) {
        return i - len;
      }
    }
    return -1;
  }

  /** The end of the untagged name run starting at {@code start}, or -1 if there is none. */
  private int nameEnd(String[] tokens, boolean[] covered, int start) {
    int end = start;
    while (end < tokens.length && end - start < MAX_NAME_TOKENS && !covered[end]
        && (capitalised(tokens[end]) || isArabicSurname(tokens[end])
            || end > start && NameBoundaries.isNameParticle(tokens[end]) && end + 1 < tokens.length
                && capitalised(tokens[end + 1]))) {
      if (capitalised(tokens[end]) && (tokens[end].length() < 2 || NameBoundaries.isOrganisationHead(tokens[end], true)
          || (gazetteer.word(NerGazetteer.key(tokens[end])) & NOT_NAME_WORDS) != 0)) {
        return -1;
      }
      end++;
    }
    if (end == start || end < tokens.length && (capitalised(tokens[end]) || covered[end])) {
      return -1;
    }
    return end;
  }

  private boolean isPersonName(String[] tokens, int title, int start, int end) {
    int name = gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, true));
    if ((name & NOT_PERSONS) != 0 || (name & PLACES) != 0 && (name & PERSON_NAMES) == 0) {
      return false;
    }
    return (gazetteer.phrase(NerGazetteer.phraseKey(tokens, title, end, true)) & NOT_PERSONS) == 0;
  }

  /**
   * The last word of a title: "President", "minister", "Sen."; not a role noun that is mostly a
   * common word ("star" in "Star Wars", "teacher").
   */
  private boolean isTitleWord(String token) {
    String word = token.length() > 1 && token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    int bits = gazetteer.word(NerGazetteer.key(word));
    return (bits & NerGazetteer.Category.TITLE.bit) != 0 && (bits & NerGazetteer.Category.USUALLY_LOWERCASE.bit) == 0;
  }

  
  /** "al-Assad": a lower-case Arabic article, a hyphen and a capitalised name. */
  private static boolean isArabicSurname(String token) {
    return NameBoundaries.isArabicSurname(token);
  }

  }
