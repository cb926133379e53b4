package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loaded English PER/LOC/ORG name-finder model.
 *
 * <p>Instances are immutable and thread-safe; share one per JVM. Tagging state is per {@link
 * NameFinder}: create one per thread with {@link #newFinder()}.
 *
 * <pre>{@code
 * NerModel model = NerModel.loadDefault();
 * NameFinder finder = model.newFinder();      // one per thread
 * finder.clear();                             // at each document start
 * Span[] names = finder.find(tokens);         // per sentence; types PER, LOC, ORG
 * }</pre>
 */
public final class NerModel {

  /** Classpath location of the shipped model. */
  public static final String DEFAULT_RESOURCE = "/io/github/dossier/analyzers/ner-en.bin";

  /** The entity types the shipped model produces, as found in {@code Span.getType()}. */
  public static final Set<String> TYPES = Set.of("PER", "LOC", "ORG");

  private static final Logger log = LoggerFactory.getLogger(NerModel.class);

  private static final class Holder {
    static final NerModel DEFAULT = loadDefaultResource();
  }

  private final TokenNameFinderModel model;
  /** The fast decoder, when the model is of a kind it runs exactly like {@code NameFinderME}. */
  private final Optional<PerceptronNameDecoder> decoder;

  private NerModel(TokenNameFinderModel model) {
    this.model = model;
    this.decoder = PerceptronNameDecoder.of(model);
  }

  /**
   * The model shipped in this module ({@value #DEFAULT_RESOURCE}), loaded once on first call.
   *
   * @throws IllegalStateException if the resource is missing or unreadable
   */
  public static NerModel loadDefault() {
    return Holder.DEFAULT;
  }

  private static NerModel loadDefaultResource() {
    // The gazetteer and word clusters that the model's features need load on another thread while
    // the model itself is parsed: about half the load time where a second core is free. A failure
    // there is reported by the model's own use of them.
    ForkJoinPool.commonPool().execute(NerModel::loadSharedData);
    InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("NER model resource " + DEFAULT_RESOURCE + " is missing from the classpath");
    }
    try (in) {
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model resource " + DEFAULT_RESOURCE, e);
    }
  }

  private static void loadSharedData() {
    try {
      NerGazetteer.shared();
      WordClusters.shared();
    } catch (RuntimeException e) {
      log.debug("preloading the NER gazetteer and word clusters failed; the model load will report it", e);
    }
  }

  /** Loads a model file written by {@link NerTrainer} (or any OpenNLP 2.x name-finder model). */
  public static NerModel load(Path file) throws IOException {
    checkNotNull(file, "model file");
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    } catch (IOException e) {
      throw new IOException("cannot read NER model " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Wraps an OpenNLP name-finder model that is already loaded, such as one trained outside Dossier;
   * its finders decode it as {@link #newFinder()} describes.
   *
   * @throws IllegalArgumentException if OpenNLP cannot create a name finder for it (for example
   *     because its feature-generator descriptor names a class that is not on the class path)
   */
  public static NerModel of(TokenNameFinderModel model) {
    checkNotNull(model, "name finder model");
    try {
      return validated(model);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("OpenNLP cannot run this name finder model: " + e.getMessage(), e);
    }
  }

  /** Loads a model from a stream, which is read fully but not closed. */
  public static NerModel load(InputStream in) throws IOException {
    checkNotNull(in, "model stream");
    TokenNameFinderModel model = new TokenNameFinderModel(new NonClosingInputStream(in));
    return validated(model);
  }

  /**
   * Creating the feature generators once validates the descriptor and warms up the gazetteer: the
   * fast decoder does it when it is prepared, otherwise a throw-away {@code NameFinderME} does.
   */
  private static NerModel validated(TokenNameFinderModel model) {
    NerModel result = new NerModel(model);
    if (!result.fastDecoding()) {
      new NameFinderME(model);
    }
    return result;
  }

  /**
   * A new finder with its own adaptive (document) state; not thread-safe, cheap to create.
   *
   * <p>Perceptron models with a cached feature descriptor and the BIO or BILOU codec (every model
   * {@link NerTrainer} writes with the perceptron learners) are decoded by Dossier's own beam search,
   * which finds the same names with the same probabilities as OpenNLP's {@code NameFinderME}, about
   * twice as fast; other models are decoded by {@code NameFinderME} itself.
   */
  public NameFinder newFinder() {
    return newFinder(NewsNames.shared());
  }

  /** A finder with another list of news names ({@link NewsNames#EMPTY}: none). */
  NameFinder newFinder(NewsNames newsNames) {
    return new NameFinder(decoder.isPresent()
        ? decoder.get().newTagger()
        : NameFinder.openNlp(new NameFinderME(model)), newsNames);
  }

  /** A finder that always decodes with OpenNLP's {@code NameFinderME}, as a reference for tests. */
  NameFinder newOpenNlpFinder() {
    return new NameFinder(NameFinder.openNlp(new NameFinderME(model)));
  }

  /** Whether {@link #newFinder()} decodes with Dossier's beam search rather than OpenNLP's. */
  boolean fastDecoding() {
    return decoder.isPresent();
  }

  /** The underlying OpenNLP model, for code that needs it directly. */
  public TokenNameFinderModel openNlpModel() {
    return model;
  }

  /** Guards a caller's stream against being closed by OpenNLP's model reader. */
  private static final class NonClosingInputStream extends java.io.FilterInputStream {
    NonClosingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
