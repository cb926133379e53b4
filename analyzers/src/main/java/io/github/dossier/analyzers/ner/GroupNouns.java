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
 * Tags an untagged name right before a word for the members of an armed group, or for a party,
 * movement or militia, as an organisation: "two Islamic Jihad militants", "clashes with Jama'at
 * Nusrat al-Islam fighters", "attacks by ADF rebels", "the ruling Fidesz party", "allied
 * Wazalendo militia fighters". News names such groups once, by their members or their kind, and the
 * model, seeing words no list holds, often tags nothing.
 *
 * <p>A candidate is a run of capitalised words (after the first, an Arabic name with its article
 * counts as one: "Nusrat al-Islam") of at most {@value #MAX_TOKENS} that no span covers and no
 * other such word touches, right before one of {@link #MEMBER_WORDS} or {@link #BODY_WORDS}; it
 * starts after a hyphenated modifier ("Rwandan-backed M23") and after an article or usually
 * lower-case word opening the sentence ("Three Al-Shabaab fighters"). A run of one word must be an
 * acronym: two to six capitals and digits ("ADF", "M23"), not a usually lower-case word; peoples
 * and places name no group ("Kurdish fighters", "Tuareg rebels", "Sudan rebels"). Before "party"
 * one word the gazetteer does not know at all, without an adjective's ending, no faith and not
 * opening the sentence, will do too ("Fidesz party"; not "Druze militia", "Brexit movement"). A
 * longer run must hold a word that is no demonym, country, region, usually lower-case word or
 * faith ("Shia") and has no adjective's ending ("Iraqi Kurdish fighters" is no group; "Palestinian Islamic Jihad
 * militants" is), and the gazetteer may not know the whole run as a place. A person span that is
 * exactly such a run becomes an organisation with the model's probability ("13 Boko Haram
 * militants": a group typed by its unknown words); places and organisations are left as they are.
 * A new span's probability is that of an even guess, {@value #PROBABILITY}. Stateless; safe to
 * share.
 */
final class GroupNouns {

  /** The probability given to an organisation the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String ORGANIZATION = "ORG";
  private static final int MAX_TOKENS = 5;
  private static final int MAX_ACRONYM = 6;
  /**
   * Lower-case words for the members of an armed group, after its name: "Islamic Jihad militants".
   * Not "fighter", which news writes before "jet" far more often ("a Romanian F-16 fighter jet").
   */
  static final Set<String> MEMBER_WORDS = Set.of("militant", "militants", "fighters", "rebel", "rebels",
      "insurgent", "insurgents", "gunmen", "jihadists", "guerrillas", "paramilitaries");
  /** Lower-case words for a kind of group, after its name: "Fidesz party", "Wazalendo militia". */
  static final Set<String> BODY_WORDS = Set.of("party", "movement", "militia");
  /**
   * Of {@link #BODY_WORDS}, those after which one unknown word may be a name: peoples have militias,
   * and ideas movements ("Brexit movement").
   */
  private static final Set<String> NAMED_BODY_WORDS = Set.of("party");
  /** Faiths and peoples that the gazetteer may not list as demonyms: "Iraqi Shia militia" is no name. */
  private static final Set<String> FAITHS = Set.of("Shia", "Shi'a", "Sunni", "Druze", "Salafi", "Sufi", "Hindu", "Sikh",
      "Muslim", "Yazidi", "Alawi", "Ismaili");

  /** A word that names no group as the only word of an acronym: a people, a place, a common word. */
  private static final int NO_GROUP = NerGazetteer.Category.DEMONYM.bit | NerGazetteer.PLACES
      | NerGazetteer.Category.USUALLY_LOWERCASE.bit;
  /**
   * Words that name no group in a longer run: peoples, countries, regions, common words. Cities and
   * towns do ("Boko" and "Haram" are both towns somewhere); a run that is a known place as a whole does not.
   */
  private static final int NO_GROUP_WORD = NerGazetteer.Category.DEMONYM.bit | NerGazetteer.Category.COUNTRY.bit
      | NerGazetteer.Category.REGION.bit | NerGazetteer.Category.USUALLY_LOWERCASE.bit;

  private final NerGazetteer gazetteer;

  GroupNouns(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /**
   * The spans of one sentence plus its untagged groups, with persons that are such groups
   * retyped; {@code spans} itself if nothing changed.
   */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = null;
    List<Span> out = null;
    for (int members = 1; members < tokens.length; members++) {
      if (!MEMBER_WORDS.contains(tokens[members]) && !BODY_WORDS.contains(tokens[members])
          || !SentenceTokens.isNameWord(tokens[members - 1])) {
        continue;
      }
      int start = members - 1;
      while (start > 0 && SentenceTokens.isNameWord(tokens[start - 1])) {
        start--;
      }
      for (int i = start; i < members; i++) {
        if (SentenceTokens.hasLowerCaseTail(tokens[i])) {
          start = i + 1; // "Rwandan-backed M23", "Islamic State-linked Ansar al-Sunna": the name follows
        }
      }
      while (start < members && SentenceTokens.sentenceStart(tokens, start) && opensSentence(tokens[start])) {
        start++; // "The", "Three", "Suspected" opening the sentence
      }
      while (start < members && !capitalised(tokens[start])) {
        start++;
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      if (members - start < 1 || members - start > MAX_TOKENS || SentenceTokens.isCapitalisedArticle(tokens[start])
          || !isGroupName(tokens, start, members, NAMED_BODY_WORDS.contains(tokens[members]))) {
        continue;
      }
      if (!SentenceTokens.anyCovered(covered, start, members)) {
        if (out == null) {
          out = new ArrayList<>(Arrays.asList(spans));
        }
        out.add(new Span(start, members, ORGANIZATION, PROBABILITY));
        continue;
      }
      int k = personAt(spans, start, members);
      if (k >= 0) {
        // "13 [PER Boko Haram] militants": the model typed an unknown group as a person
        if (out == null) {
          out = new ArrayList<>(Arrays.asList(spans));
        }
        out.remove(spans[k]);
        out.add(new Span(start, members, ORGANIZATION, spans[k].getProb()));
      }
    }
    return out == null ? spans : sorted(out);
  }

  /** The index of the person span that is exactly {@code [start, end)}, or -1. */
  private static int personAt(Span[] spans, int start, int end) {
    for (int k = 0; k < spans.length; k++) {
      if (spans[k].getStart() == start && spans[k].getEnd() == end && "PER".equals(spans[k].getType())) {
        return k;
      }
    }
    return -1;
  }

  private boolean opensSentence(String token) {
    return SentenceTokens.isCapitalisedArticle(token)
        || (gazetteer.word(NerGazetteer.key(token)) & NerGazetteer.Category.USUALLY_LOWERCASE.bit) != 0;
  }


  /**
   * Whether {@code tokens[start, end)} names a group; with {@code unknownWord}, one word unknown to
   * the gazetteer does.
   */
  private boolean isGroupName(String[] tokens, int start, int end, boolean unknownWord) {
    if (end - start == 1) {
      String word = tokens[start];
      int bits = gazetteer.word(NerGazetteer.key(word));
      if (isAcronym(word)) {
        return (bits & NO_GROUP) == 0;
      }
      return unknownWord && bits == 0 && SentenceTokens.isWord(word) && !SentenceTokens.hasAdjectiveEnding(word)
          && !FAITHS.contains(word) && !SentenceTokens.sentenceStart(tokens, start);
    }
    if ((gazetteer.phrase(NerGazetteer.phraseKey(tokens, start, end, false)) & NerGazetteer.PLACES) != 0) {
      return false;
    }
    boolean named = false;
    for (int i = start; i < end; i++) {
      if (!SentenceTokens.isWord(tokens[i])) {
        return false;
      }
      if ((gazetteer.word(NerGazetteer.key(tokens[i])) & NO_GROUP_WORD) == 0 && !SentenceTokens.hasAdjectiveEnding(tokens[i])
          && !FAITHS.contains(tokens[i])) {
        named = true;
      }
    }
    return named;
  }

  /** Two to {@value #MAX_ACRONYM} capital letters and digits, opening with a letter: "ADF", "M23". */
  private static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > MAX_ACRONYM || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }
}
