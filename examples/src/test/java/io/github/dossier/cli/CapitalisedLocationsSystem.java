package io.github.dossier.cli;

import io.github.dossier.analyzers.ner.SentenceNameFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.util.Span;

/**
 * A deliberately naive {@link NerSystem} registered for the tests only: every capitalised token is
 * a one-token location.
 */
public final class CapitalisedLocationsSystem implements NerSystem {

  @Override
  public String name() {
    return "capitalised-locations";
  }

  @Override
  public Supplier<SentenceNameFinder> load() {
    return () -> new SentenceNameFinder() {
      @Override
      public Span[] find(String[] tokens) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
          if (Character.isUpperCase(tokens[i].charAt(0))) {
            spans.add(new Span(i, i + 1, "LOC"));
          }
        }
        return spans.toArray(new Span[0]);
      }

      @Override
      public void clear() {}
    };
  }
}
