package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/** What counts as "together" for co-occurrence: the same article or the same sentence. */
public enum CoOccurrenceLevel {
  /** Two entities co-occur when one article names both; the units counted are articles. */
  ARTICLE,
  /** Two entities co-occur when one sentence names both; the units counted are sentences. */
  SENTENCE;

  /** Parses {@code article} or {@code sentence}, ignoring case; empty for anything else. */
  public static Optional<CoOccurrenceLevel> parse(String name) {
    checkNotNull(name, "level name");
    for (CoOccurrenceLevel l : values()) {
      if (l.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
