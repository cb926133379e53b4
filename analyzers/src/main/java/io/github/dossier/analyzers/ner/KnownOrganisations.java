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
 * Tags single untagged words that name an organisation: a word the gazetteer knows only as an
 * organisation ("Hezbollah leaders", "accused Hamas militants"; the model, seeing a capitalised
 * word before a lower-case noun, often tags nothing), and a legislature or armed service named by
 * its common name after "the" ("confirmed by the Senate", "the Parliament of Ghana", "elected to
 * the House", "the Navy said"), or alone ("return to Parliament", "Congress passed").
 *
 * <p>A candidate is one capitalised word that no span covers and no other capitalised word
 * touches (but a sentence-opening "The"). It is tagged when the gazetteer lists it as an organisation and not as a place, a
 * person's name, a title or a usually lower-case word, or when it is one of {@link #LEGISLATURES}
 * and "the" comes right before it. Its probability is that of an even guess, {@value
 * #PROBABILITY}. Stateless; safe to share.
 */
final class KnownOrganisations {

  /** The probability given to an organisation the model did not tag: an even guess. */
  static final double PROBABILITY = 0.5;

  private static final String ORGANIZATION = "ORG";
  /**
   * Legislatures and armed services that news names by their common name: "the Senate", "the
   * Parliament", "the House", "the Navy".
   */
  static final Set<String> LEGISLATURES = Set.of("Senate", "Parliament", "Congress", "Knesset", "Bundestag",
      "Duma", "Majlis", "Sejm", "Riksdag", "Storting", "Folketing", "Oireachtas", "Dáil", "Seanad", "Cortes",
      "House", "Army", "Navy");
  /** Legislatures that news also names without "the": "return to Parliament", "Congress passed". */
  private static final Set<String> NAMED_ALONE = Set.of("Parliament", "Congress", "Knesset", "Bundestag", "Duma",
      "Majlis", "Sejm", "Riksdag", "Storting", "Folketing", "Oireachtas");
  private static final int ORGANISATIONS = NerGazetteer.Category.ORGANIZATION.bit
      | NerGazetteer.Category.WORDNET_ORGANIZATION.bit;
  private static final int NOT_AN_ORGANISATION = NerGazetteer.Category.CITY.bit | NerGazetteer.Category.COUNTRY.bit
      | NerGazetteer.Category.REGION.bit | NerGazetteer.Category.FIRST_NAME.bit
      | NerGazetteer.Category.SURNAME.bit | NerGazetteer.Category.PERSON.bit | NerGazetteer.Category.TITLE.bit
      | NerGazetteer.Category.USUALLY_LOWERCASE.bit | NerGazetteer.Category.DEMONYM.bit
      | NerGazetteer.Category.WORDNET_PERSON.bit | NerGazetteer.Category.WORDNET_LOCATION.bit;

  private final NerGazetteer gazetteer;

  KnownOrganisations(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence plus its untagged known organisations; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    boolean[] covered = null;
    List<Span> out = null;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (!capitalised(t) || i > 0 && capitalised(tokens[i - 1]) && !tokens[i - 1].equals("The")
          || i + 1 < tokens.length && capitalised(tokens[i + 1])) {
        continue;
      }
      boolean legislature = LEGISLATURES.contains(t)
          && (i > 0 && tokens[i - 1].equalsIgnoreCase("the") || NAMED_ALONE.contains(t));
      if (!legislature) {
        int bits = gazetteer.word(NerGazetteer.key(t));
        if ((bits & ORGANISATIONS) == 0 || (bits & NOT_AN_ORGANISATION) != 0) {
          continue;
        }
      }
      if (covered == null) {
        covered = covered(tokens.length, spans);
      }
      if (covered[i]) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(i, i + 1, ORGANIZATION, PROBABILITY));
    }
    return out == null ? spans : sorted(out);
  }
}
