package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Tags the leader's surname in "the Trump administration", "the Assad regime" or "the Schoof
 * government" as a person, as news (CoNLL) annotation does; the model, which sees few such phrases
 * in its training data, mostly leaves them untagged.
 *
 * <p>A candidate is one untagged capitalised word, touched by no other capitalised word (but for a
 * sentence-initial "The"), directly followed by one of {@link #GOVERNMENT_NOUNS}, that the
 * gazetteer lists as a surname and not as a country, region, demonym, organisation or usually
 * lower-case word; if it also lists it as a city, it must list it as a person too ("Obama", but not
 * "Paris government"). Its probability is that of an even guess, {@value #PROBABILITY}. Stateless;
 * safe to share.
 */
final class LeaderNames {

  /** The probability given to a leader's name that the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String PERSON = "PER";
  /** Nouns after a leader's surname that name his or her government. */
  static final Set<String> GOVERNMENT_NOUNS = Set.of("administration", "government", "regime", "presidency",
      "cabinet", "premiership");
  private static final int NOT_A_PERSON = NerGazetteer.Category.COUNTRY.bit | NerGazetteer.Category.REGION.bit
      | NerGazetteer.Category.DEMONYM.bit | NerGazetteer.Category.ORGANIZATION.bit
      | NerGazetteer.Category.USUALLY_LOWERCASE.bit;
  private static final int KNOWN_PERSON = NerGazetteer.Category.PERSON.bit
      | NerGazetteer.Category.WORDNET_PERSON.bit;

  private final NerGazetteer gazetteer;

  LeaderNames(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence plus its leaders' surnames; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i + 1 < tokens.length; i++) {
      if (!GOVERNMENT_NOUNS.contains(tokens[i + 1]) || !capitalised(tokens[i])
          || i > 0 && capitalised(tokens[i - 1]) && !(i == 1 && tokens[0].equals("The"))
          || covered(spans, i)) {
        continue;
      }
      int bits = gazetteer.word(NerGazetteer.key(tokens[i]));
      if ((bits & NerGazetteer.Category.SURNAME.bit) == 0 || (bits & NOT_A_PERSON) != 0
          || (bits & NerGazetteer.Category.CITY.bit) != 0 && (bits & KNOWN_PERSON) == 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(i, i + 1, PERSON, PROBABILITY));
    }
    if (out == null) {
      return spans;
    }
    return sorted(out);
  }

  private static boolean covered(Span[] spans, int i) {
    for (Span s : spans) {
      if (s.getStart() <= i && i < s.getEnd()) {
        return true;
      }
    }
    return false;
  }

  }
