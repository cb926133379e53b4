package io.github.dossier.analyzers.ner;

import static io.github.dossier.analyzers.ner.SentenceTokens.capitalised;

import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Drops the names of ships: "the aircraft carrier USS Harry S. Truman", "the cruise ship MV
 * Hondius", "USS Tripoli". A ship is neither the person, the place nor an organisation it is
 * named after, and news names warships and stricken freighters often; the model tags the name
 * behind the prefix by its words.
 *
 * <p>A span is dropped when it starts with one of {@link #PREFIXES} followed by a capitalised word
 * ("[MV Hondius]"), is such a prefix alone before a capitalised word ("[MV] Mayuree Naree"), or
 * starts right after such a prefix ("USS [Harry S. Truman]"). "SS" is no prefix here (it names an
 * organisation far more often), nor is "INS" before a lower-case word ("the INS said"). Stateless;
 * safe to share.
 */
final class ShipNames {

  /** Prefixes of ships' names: merchant vessels, navies' ships, fishing and research vessels. */
  static final Set<String> PREFIXES = Set.of("MV", "M/V", "MT", "MSV", "USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS",
      "INS", "RFS", "FV", "RV", "CCGS", "ROKS", "JS");

  /** The spans of one sentence without the names of ships; {@code spans} itself if none. */
  Span[] apply(String[] tokens, Span[] spans) {
    return SentenceTokens.without(spans, s -> isShip(tokens, s));
  }

  private static boolean isShip(String[] tokens, Span s) {
    int start = s.getStart();
    if (isPrefix(tokens, start)) {
      return true;
    }
    return start > 0 && isPrefix(tokens, start - 1);
  }

  /** A prefix at {@code i} with a capitalised word after it. */
  private static boolean isPrefix(String[] tokens, int i) {
    return PREFIXES.contains(tokens[i]) && i + 1 < tokens.length && capitalised(tokens[i + 1]);
  }
}
