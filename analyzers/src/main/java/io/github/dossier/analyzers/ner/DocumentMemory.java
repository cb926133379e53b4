package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.anyCovered;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.covered;
import static io.github.dossier.analyzers.ner.SentenceTokens.sentenceStart;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * Document-level consistency for {@link NameFinder}: names the model tagged in earlier sentences of
 * the current document inform its later sentences, and a name tagged in a sentence is tagged where
 * it recurs untagged in the same sentence.
 *
 * <p>Every name span the model returns whose first and last tokens are capitalised is remembered
 * (its exact tokens, with how often it was given each type), and so is the last token of every
 * multi-token PER span (the surname) as a PER name. One token alone is remembered only if it has at
 * least two letters or digits and the gazetteer does not list it as a usually lower-case, title or
 * demonym word ("I", "Will", "President", "Palestinian"). In the same sentence and each later
 * sentence of the same document:
 *
 * <ul>
 *   <li>an untagged exact occurrence of a remembered name (the longest one at each position) becomes
 *       a span of the type it was given most often, unless a capitalised word touches it on either
 *       side (it would then be part of a longer, different name; an ordinary capitalised word at
 *       the start of the sentence, such as "The", does not count), or it is a single word at the
 *       start of the sentence that was only ever tagged at sentence starts;
 *   <li>(in later sentences only) a span whose tokens exactly equal a remembered name is given the
 *       remembered type when that
 *       type was seen more often than the span's own type, unless the gazetteer lists the name as
 *       one of the span's own type (a city, country or region for LOC, an organisation for ORG, a
 *       famous person for PER).
 * </ul>
 *
 * <p>All other spans are kept as they are, and spans never overlap. Only the model's own spans are
 * remembered, so the rules do not feed on their own output. Nothing is remembered across {@link
 * #clear()}, so a finder that is cleared before every sentence is consistent within each sentence
 * only. It cannot change earlier sentences: {@link SentenceNameFinder#find} answers sentence by
 * sentence.
 */
final class DocumentMemory {

  private static final String PERSON = "PER";
  private static final List<String> TYPES = NerEvaluator.TYPES;
  /** Gazetteer categories of single words that are not remembered as names on their own. */
  private static final int NOT_NAME_WORDS = NerGazetteer.Category.USUALLY_LOWERCASE.bit
      | NerGazetteer.Category.TITLE.bit | NerGazetteer.Category.DEMONYM.bit;
  /** Per type in {@link #TYPES}: the gazetteer categories that list a name of that type. */
  private static final int[] TYPE_WORDS = {
    NerGazetteer.Category.PERSON.bit,
    NerGazetteer.Category.CITY.bit | NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.REGION.bit,
    NerGazetteer.Category.ORGANIZATION.bit
  };

  /** How often one remembered name was given each type, and its best model probability. */
  private static final class Remembered {
    final int[] counts = new int[TYPES.size()];
    double probability;
    /** Whether it was tagged somewhere other than at the start of a sentence. */
    boolean seenInside;

    /** The index in {@link #TYPES} of the type seen most often (the first of tied ones). */
    int bestType() {
      int best = 0;
      for (int t = 1; t < counts.length; t++) {
        if (counts[t] > counts[best]) {
          best = t;
        }
      }
      return best;
    }
  }

  private final NerGazetteer gazetteer;
  private final Map<String, Remembered> names = new HashMap<>();
  private int longestName;

  DocumentMemory(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** Forgets the document. */
  void clear() {
    names.clear();
    longestName = 0;
  }

  /**
   * Gives one sentence's spans the types the document's earlier sentences gave the same names,
   * remembers the sentence's own spans, then tags the untagged occurrences of every name
   * remembered so far, this sentence's included ("Nicolás Maduro ... following Maduro 's
   * abduction").
   *
   * @param tokens the sentence
   * @param spans the model's spans for it (not modified)
   * @return {@code spans} itself when nothing changed, else a new array sorted by start
   */
  Span[] apply(String[] tokens, Span[] spans) {
    Span[] retyped = names.isEmpty() ? spans : retype(tokens, spans);
    remember(tokens, spans);
    return names.isEmpty() ? retyped : fill(tokens, retyped);
  }

  /** Spans whose names were seen more often with another type take that type. */
  private Span[] retype(String[] tokens, Span[] spans) {
    Span[] out = spans;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      String key = key(tokens, s.getStart(), s.getEnd());
      Remembered r = names.get(key);
      int own = TYPES.indexOf(s.getType());
      if (r != null && own >= 0) {
        int best = r.bestType();
        if (best != own && r.counts[best] > r.counts[own]
            && (gazetteer.phrase(NerGazetteer.key(key)) & TYPE_WORDS[own]) == 0) {
          if (out == spans) {
            out = spans.clone();
          }
          out[k] = new Span(s.getStart(), s.getEnd(), TYPES.get(best), s.getProb());
        }
      }
    }
    return out;
  }

  /** Untagged occurrences of remembered names become spans. */
  private Span[] fill(String[] tokens, Span[] spans) {
    List<Span> out = null;
    boolean[] covered = covered(tokens.length, spans);
    for (int i = 0; i < tokens.length; i++) {
      if (covered[i] || !capitalised(tokens[i]) || (i > 0 && touchingCapitalised(tokens, i - 1))) {
        continue;
      }
      for (int end = Math.min(tokens.length, i + longestName); end > i; end--) {
        if (covered[end - 1] || !capitalised(tokens[end - 1])
            || (end < tokens.length && capitalised(tokens[end]))) {
          continue;
        }
        Remembered r = names.get(key(tokens, i, end));
        if (r == null || anyCovered(covered, i, end)
            || (end - i == 1 && sentenceStart(tokens, i) && !r.seenInside)) {
          continue;
        }
        out = copyOnce(out, spans);
        out.add(new Span(i, end, TYPES.get(r.bestType()), r.probability));
        Arrays.fill(covered, i, end, true);
        i = end - 1;
        break;
      }
    }
    if (out == null) {
      return spans;
    }
    return sorted(out);
  }

  private void remember(String[] tokens, Span[] spans) {
    for (Span s : spans) {
      int type = TYPES.indexOf(s.getType());
      int start = s.getStart();
      int end = s.getEnd();
      if (type < 0 || !capitalised(tokens[start]) || !capitalised(tokens[end - 1])
          || (end - start == 1 && !nameWord(tokens[start]))) {
        continue;
      }
      boolean inside = !sentenceStart(tokens, start);
      add(key(tokens, start, end), end - start, type, s.getProb(), inside);
      if (TYPES.get(type).equals(PERSON) && end - start >= 2 && nameWord(tokens[end - 1])) {
        add(tokens[end - 1], 1, type, s.getProb(), true);
      }
    }
  }

  private void add(String key, int length, int type, double probability, boolean inside) {
    Remembered r = names.computeIfAbsent(key, k -> new Remembered());
    r.counts[type]++;
    r.probability = Math.max(r.probability, probability);
    r.seenInside |= inside;
    longestName = Math.max(longestName, length);
  }

  /** A capitalised token just before a candidate that is not an ordinary sentence-initial word. */
  private boolean touchingCapitalised(String[] tokens, int i) {
    return capitalised(tokens[i])
        && !(sentenceStart(tokens, i) && (gazetteer.word(NerGazetteer.key(tokens[i])) & NOT_NAME_WORDS) != 0);
  }

  /**
   * Whether one token may be remembered as a name on its own: two or more letters or digits, and
   * not a usually lower-case, title or demonym word ("Will", "President", "Palestinian").
   */
  private boolean nameWord(String token) {
    int letters = 0;
    for (int i = 0; i < token.length() && letters < 2; i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        letters++;
      }
    }
    return letters >= 2 && (gazetteer.word(NerGazetteer.key(token)) & NOT_NAME_WORDS) == 0;
  }

  
  
  
  private static List<Span> copyOnce(List<Span> out, Span[] spans) {
    return out != null ? out : new ArrayList<>(Arrays.asList(spans));
  }

  private static String key(String[] tokens, int start, int end) {
    if (end - start == 1) {
      return tokens[start];
    }
    StringBuilder b = new StringBuilder(tokens[start]);
    for (int i = start + 1; i < end; i++) {
      b.append(' ').append(tokens[i]);
    }
    return b.toString();
  }
}
