package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Accumulates exact-span matches between gold and predicted entities, per type and overall
 * (micro-averaged). A partially overlapping prediction counts as one false positive and leaves the
 * gold entity a false negative. Not thread-safe.
 */
public final class SpanScorer {

  private final TypeCounts counts;

  /** A scorer that always reports the given types (so a type with no entity still shows as 0). */
  public SpanScorer(List<String> types) {
    counts = new TypeCounts(types);
  }

  /** Adds one sentence's gold and predicted spans (token offsets, type in {@code getType()}). */
  public void add(Span[] gold, Span[] predicted) {
    checkNotNull(gold, "gold spans");
    checkNotNull(predicted, "predicted spans");
    Set<Span> goldSet = new HashSet<>();
    for (Span g : gold) {
      checkArgument(g.getType() != null, "gold span %s has no type", g);
      goldSet.add(new Span(g.getStart(), g.getEnd(), g.getType()));
    }
    Set<Span> matched = new HashSet<>();
    for (Span p : predicted) {
      checkArgument(p.getType() != null, "predicted span %s has no type", p);
      Span key = new Span(p.getStart(), p.getEnd(), p.getType());
      if (goldSet.contains(key) && matched.add(key)) {
        counts.truePositive(p.getType());
      } else {
        counts.falsePositive(p.getType());
      }
    }
    for (Span g : goldSet) {
      if (!matched.contains(g)) {
        counts.falseNegative(g.getType());
      }
    }
  }

  /** Adds IOB2 gold and predicted tags of one sentence. */
  public void addTags(List<String> goldTags, List<String> predictedTags) {
    checkArgument(goldTags.size() == predictedTags.size(),
        "gold and predicted tag lists differ in length: %s vs %s", goldTags.size(), predictedTags.size());
    add(Iob2.toSpans(Iob2.repair(goldTags)), Iob2.toSpans(Iob2.repair(predictedTags)));
  }

  /** The score of each type seen or declared, in declaration then first-seen order. */
  public Map<String, Score> byType() {
    return counts.byType();
  }

  /** The micro-averaged score over all types. */
  public Score micro() {
    Score total = new Score(0, 0, 0);
    for (Score s : byType().values()) {
      total = total.plus(s);
    }
    return total;
  }
}
