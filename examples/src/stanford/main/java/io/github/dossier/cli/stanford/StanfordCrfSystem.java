package io.github.dossier.cli.stanford;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.github.dossier.analyzers.ner.SentenceNameFinder;
import io.github.dossier.cli.NerSystem;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A Stanford CoreNLP CRF named-entity model as an {@code eval-ner --system}: the serialized
 * classifier is read from the class path (the {@code stanford-corenlp} {@code models} jar) once per
 * {@link #load()}, and every finder made from it tags the given tokens as they are.
 *
 * <p>Compiled only in the {@code stanford} Maven profile of the examples module: CoreNLP is GPL v3+
 * and is never a dependency of the shipped modules or of {@code dossier.jar}.
 */
public abstract class StanfordCrfSystem implements NerSystem {

  private final String name;
  private final String resource;

  /**
   * Describes a system; nothing is loaded until {@link #load()}.
   *
   * @param name the {@code --system} name
   * @param resource the class-path location of the serialized {@code CRFClassifier}
   */
  protected StanfordCrfSystem(String name, String resource) {
    this.name = Objects.requireNonNull(name, "name");
    this.resource = Objects.requireNonNull(resource, "resource");
  }

  @Override
  public final String name() {
    return name;
  }

  /** The class-path location of the serialized classifier. */
  public final String resource() {
    return resource;
  }

  /**
   * Loads the classifier; the finders made by the returned supplier share it.
   *
   * @throws IOException if the model is missing from the class path or unreadable
   */
  @Override
  public final Supplier<SentenceNameFinder> load() throws IOException {
    if (StanfordCrfSystem.class.getClassLoader().getResource(resource) == null) {
      throw new IOException("Stanford model " + resource + " is not on the class path (it is in the "
          + "edu.stanford.nlp:stanford-corenlp jar with classifier 'models')");
    }
    CRFClassifier<CoreLabel> crf;
    try {
      crf = CRFClassifier.getClassifier(resource);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IOException("Stanford model " + resource + " is not a CRFClassifier of this CoreNLP version: " + e, e);
    }
    return () -> new StanfordCrfFinder(crf);
  }
}
