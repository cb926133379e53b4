package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Document-level scoring: per document, the set of distinct (type, name) pairs found is compared
 * with the gold set, and the counts are summed over documents (micro-averaged). A gold entity counts
 * as found when the system tags that name with that type anywhere in the document, however often
 * it occurs or is missed elsewhere; a wrong name counts once per document however often it is
 * tagged. This is what a user querying "articles about X" experiences: one missed mention of a
 * name the article also tags elsewhere costs nothing.
 *
 * <p>Gold files carry no coreference, so an entity is identified by its name: the tokens joined
 * by single spaces, lower-cased, with typographic apostrophes and quotes mapped to ASCII
 * ("Russia’s" and "Russia's" are one name). "Zelenskyy" and "Volodymyr Zelenskyy" are two names
 * and therefore two entities.
 *
 * <p>Call {@link #add} for every sentence of a document, then {@link #endDocument}. Not
 * thread-safe.
 */
public final class EntitySetScorer {

  private final TypeCounts counts;
  private final Set<String> gold = new HashSet<>();
  private final Set<String> predicted = new HashSet<>();

  /** A scorer that always reports the given types (so a type with no entity still shows as 0). */
  public EntitySetScorer(List<String> types) {
    counts = new TypeCounts(types);
  }

  /**
   * Adds one sentence of the current document.
   *
   * @param tokens the sentence's tokens
   * @param goldSpans gold entities (token offsets, type in {@code getType()})
   * @param predictedSpans the system's entities, in the same form
   * @throws IllegalArgumentException if a span has no type or lies outside the tokens
   */
  public void add(String[] tokens, Span[] goldSpans, Span[] predictedSpans) {
    checkNotNull(tokens, "tokens");
    collect(tokens, checkNotNull(goldSpans, "gold spans"), gold, "gold");
    collect(tokens, checkNotNull(predictedSpans, "predicted spans"), predicted, "predicted");
  }

  private static void collect(String[] tokens, Span[] spans, Set<String> into, String what) {
    for (Span s : spans) {
      checkArgument(s.getType() != null, "%s span %s has no type", what, s);
      checkArgument(s.getStart() >= 0 && s.getStart() < s.getEnd() && s.getEnd() <= tokens.length,
          "%s span %s lies outside the sentence's %s tokens", what, s, tokens.length);
      into.add(s.getType() + '\t' + name(tokens, s));
    }
  }

  /** Ends the current document: compares its gold and predicted sets and starts a new one. */
  public void endDocument() {
    for (String p : predicted) {
      String type = p.substring(0, p.indexOf('\t'));
      if (gold.contains(p)) {
        counts.truePositive(type);
      } else {
        counts.falsePositive(type);
      }
    }
    for (String g : gold) {
      if (!predicted.contains(g)) {
        counts.falseNegative(g.substring(0, g.indexOf('\t')));
      }
    }
    gold.clear();
    predicted.clear();
  }

  /**
   * The score of each type seen or declared, in declaration then first-seen order, over the
   * documents ended so far.
   */
  public Map<String, Score> byType() {
    return counts.byType();
  }

  /** The name an entity is identified by (see the class comment). */
  static String name(String[] tokens, Span s) {
    StringBuilder sb = new StringBuilder();
    for (int i = s.getStart(); i < s.getEnd(); i++) {
      if (i > s.getStart()) {
        sb.append(' ');
      }
      sb.append(NerFeatureGenerator.normalize(tokens[i].toLowerCase(Locale.ROOT)));
    }
    return sb.toString();
  }
}
