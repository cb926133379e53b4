package io.github.dossier.analyzers.ner;

import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;
import static io.github.dossier.analyzers.ner.SentenceTokens.sorted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Tags the acronym that news puts in brackets after an organisation's or place's name as that
 * name's type: "Central Command ( CENTCOM )", "Rapid Support Forces ( RSF )", "Democratic Republic
 * of the Congo ( DRC )". For {@link NameFinder} before {@link DocumentMemory}, which then tags the
 * acronym wherever it recurs in the document ("CENTCOM announces ...").
 *
 * <p>The acronym is the only token between the brackets, right after an ORG or LOC span; it has two
 * to ten characters, at least two of them capital letters and none a lower-case letter ("U.S."
 * and "R&D" count), no span covers it, and its first letter is the initial of a capitalised word of
 * the name ("Member of [Parliament] ( MP )" is no match). Its probability is the name's. Stateless;
 * safe to share.
 */
final class ParentheticalAcronyms {

  private static final int MIN_LENGTH = 2;
  private static final int MAX_LENGTH = 10;

  /** The spans of one sentence plus the acronyms bracketed after its names; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      int open = s.getEnd();
      if (s.getType().equals("PER") || open + 2 >= tokens.length || !tokens[open].equals("(")
          || !tokens[open + 2].equals(")") || k + 1 < spans.length && spans[k + 1].getStart() <= open + 1
          || !isAcronymOf(tokens[open + 1], tokens, s)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(spans));
      }
      out.add(new Span(open + 1, open + 2, s.getType(), s.getProb()));
    }
    return out == null ? spans : sorted(out);
  }

  private static boolean isAcronymOf(String acronym, String[] tokens, Span name) {
    if (acronym.length() < MIN_LENGTH || acronym.length() > MAX_LENGTH || !Character.isUpperCase(acronym.charAt(0))) {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < acronym.length(); i++) {
      char c = acronym.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    if (capitals < MIN_LENGTH) {
      return false;
    }
    for (int i = name.getStart(); i < name.getEnd(); i++) {
      if (capitalised(tokens[i]) && tokens[i].charAt(0) == acronym.charAt(0)) {
        return true;
      }
    }
    return false;
  }
}
