package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Joins a name written surname first, as mail headers and directories write it, into one person:
 * {@code "[Lenhart] , [Matthew]" <mlenhart@...>} is the person "Lenhart , Matthew". The model tags
 * the two words as two people.
 *
 * <p>A candidate is two one-word person spans with only a comma between them, the second a first
 * name of the gazetteer, the two standing alone: nothing but an opening quote, bracket
 * or the start of the sentence before it, and nothing but a closing quote, bracket, "&lt;" (an
 * address follows), "/" or the end of the sentence after it. A list of surnames in running text
 * ("Lenhart , Matthew and ...") is left alone. Stateless; safe to share.
 */
final class InvertedNames {

  private static final String PERSON = "PER";
  private static final Set<String> OPENERS = Set.of("\"", "\u201c", "(", "[", "'");
  private static final Set<String> CLOSERS = Set.of("\"", "\u201d", ")", "]", "'", "<", "/");

  private final NerGazetteer gazetteer;

  InvertedNames(NerGazetteer gazetteer) {
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** The spans of one sentence with inverted names joined; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      if (k + 1 < spans.length && isInverted(tokens, spans[k], spans[k + 1])) {
        if (out == null) {
          out = new ArrayList<>(List.of(spans).subList(0, k));
        }
        out.add(new Span(spans[k].getStart(), spans[k + 1].getEnd(), PERSON,
            Math.min(spans[k].getProb(), spans[k + 1].getProb())));
        k++;
      } else if (out != null) {
        out.add(spans[k]);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** Whether "[surname] , [first]" stand alone as one name written surname first. */
  private boolean isInverted(String[] tokens, Span surname, Span first) {
    int a = surname.getStart();
    int b = first.getEnd();
    return surname.getType().equals(PERSON) && first.getType().equals(PERSON) && surname.length() == 1
        && first.length() == 1 && first.getStart() == a + 2 && tokens[a + 1].equals(",")
        && (a == 0 || OPENERS.contains(tokens[a - 1])) && (b == tokens.length || CLOSERS.contains(tokens[b]))
        && isFirstName(tokens[first.getStart()]);
  }

  private boolean isFirstName(String token) {
    int bits = gazetteer.word(NerGazetteer.key(token));
    return (bits & NerGazetteer.Category.FIRST_NAME.bit) != 0;
  }
}
