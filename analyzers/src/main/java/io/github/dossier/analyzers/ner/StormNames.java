package io.github.dossier.analyzers.ner;

import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;

import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Drops the names of storms: "Typhoon Kalmaegi makes landfall", "Hurricane Erin", "[Humberto]
 * after "Hurricane"". A storm is no person, place or organisation (CoNLL-style gold leaves it out),
 * yet the model tags its given name as any of the three.
 *
 * <p>A span is dropped when it is one or two words for a storm ("Hurricane", "Typhoon", "Cyclone",
 * "Storm", "Tropical Storm", "Super Typhoon", ...) and one name ("[Typhoon Kalmaegi]"), or one name
 * right after such words ("Hurricane [Erin]"). A longer span stays: "Storm Prediction Center" is an
 * organisation. Stateless; safe to share.
 */
final class StormNames {

  /** Words for a storm written before its name. */
  static final Set<String> STORMS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm", "Tornado", "Depression");
  /** Words before {@link #STORMS} in a storm's title: "Tropical Storm", "Super Typhoon", "Winter Storm". */
  private static final Set<String> QUALIFIERS = Set.of("Tropical", "Super", "Severe", "Subtropical", "Winter",
      "Post-Tropical", "Extratropical", "Major");

  /** The spans of one sentence without the names of storms; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    return SentenceTokens.without(spans, s -> isStorm(tokens, s));
  }

  private static boolean isStorm(String[] tokens, Span s) {
    int start = s.getStart();
    int end = s.getEnd();
    if (end - start == 1) {
      return start > 0 && STORMS.contains(tokens[start - 1]) && capitalised(tokens[start]);
    }
    int name = end - 1;
    if (!STORMS.contains(tokens[name - 1]) || !capitalised(tokens[name]) || STORMS.contains(tokens[name])) {
      return false;
    }
    return name - 1 == start || name - 2 == start && QUALIFIERS.contains(tokens[start]);
  }
}
