package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * True-positive, false-positive and false-negative counts per entity type, for the scorers. Types
 * are reported in declaration, then first-seen order. Not thread-safe.
 */
final class TypeCounts {

  private final Map<String, long[]> counts = new LinkedHashMap<>();

  /** Counts that always report the given types (so a type with no entity still shows as 0). */
  TypeCounts(List<String> types) {
    checkNotNull(types, "types");
    for (String t : types) {
      counts.put(t, new long[3]);
    }
  }

  void truePositive(String type) {
    of(type)[0]++;
  }

  void falsePositive(String type) {
    of(type)[1]++;
  }

  void falseNegative(String type) {
    of(type)[2]++;
  }

  private long[] of(String type) {
    return counts.computeIfAbsent(type, t -> new long[3]);
  }

  /** The score of each type seen or declared. */
  Map<String, Score> byType() {
    ImmutableMap.Builder<String, Score> b = ImmutableMap.builder();
    counts.forEach((t, c) -> b.put(t, new Score(c[0], c[1], c[2])));
    return b.build();
  }
}
