package io.github.dossier.cli;

import io.github.dossier.analyzers.ner.SentenceNameFinder;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Another named-entity recogniser that {@code dossier eval-ner --system NAME} can score on the same
 * gold tokens as Dossier's model, found with {@link java.util.ServiceLoader}: an implementation is
 * a public class with a public no-argument constructor, listed in {@code
 * META-INF/services/io.github.dossier.cli.NerSystem} on the class path.
 *
 * <p>This keeps third-party recognisers (for example Stanford CoreNLP, which is GPL-licensed) out
 * of the default build: their adapters live in a separate source folder compiled only in an opt-in
 * Maven profile. Constructors must be cheap; models are loaded in {@link #load()}.
 */
public interface NerSystem {

  /** The name given to {@code --system}, e.g. {@code stanford}; lower case, no spaces. */
  String name();

  /**
   * Loads the system's model (once) and returns a factory of finders sharing it; each finder is
   * used by one thread.
   *
   * @throws IOException if the model cannot be read
   */
  Supplier<SentenceNameFinder> load() throws IOException;
}
