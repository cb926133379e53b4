package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of an OpenNLP perceptron name-finder model that {@link BeamNameTagger} decodes with:
 * feature weights, outcome names, which outcome may follow which, and the beam size.
 *
 * <p>OpenNLP's {@code NameFinderME} asks the model's feature generators for the features of a token
 * once per beam entry, adds four previous-outcome features ({@code po=}, {@code pow=}, {@code
 * powf=}, {@code ppo=}) and looks every feature string up again for every entry. The features of
 * the descriptor's generators do not depend on the entry (the descriptor's {@code cache="true"}
 * makes OpenNLP compute them once per token too), so {@link BeamNameTagger} sums their weights once
 * per token and adds only the four previous-outcome features per entry, then runs the same beam
 * search. It adds the same numbers in the same order with the same functions, so its outcomes,
 * spans and probabilities are those of {@code NameFinderME}.
 *
 * <p>Only models that this reasoning covers are accepted ({@link #of} is empty otherwise, and the
 * caller falls back to {@code NameFinderME}): a plain {@link PerceptronModel} decoded by {@link
 * BeamSearch}, the standard {@link TokenNameFinderFactory}, a cached feature-generator descriptor,
 * and the BIO or BILOU codec, whose validators look at the previous outcome only. Which features
 * the descriptor generates does not matter: any generator, Dossier's or OpenNLP's, runs, and the few
 * OpenNLP generators that repeat work are replaced by equivalents that generate the same features
 * in the same order ({@link FeatureDescriptors}). The weights are copied into a {@link
 * FeatureWeights} table. Instances are immutable and thread-safe.
 */
final class PerceptronNameDecoder {

  private static final Logger log = LoggerFactory.getLogger(PerceptronNameDecoder.class);

  /** The artifact name under which OpenNLP stores the name finder's classifier. */
  private static final String MODEL_ENTRY = "nameFinder.model";

  /** The artifact name of the feature-generator descriptor ({@code TokenNameFinderModel}'s). */
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";

  /** OpenNLP's default outcome for positions before the sentence start ({@code NameFinderME.OTHER}). */
  static final String OTHER = "other";

  private final TokenNameFinderModel model;
  /** The model's descriptor after {@link FeatureDescriptors#optimize}, or null to use the model's. */
  private final byte[] descriptor;
  private final FeatureWeights weights;
  private final String[] outcomes;
  private final int beamSize;
  private final SequenceCodec<String> codec;
  /** {@code allowed[previous + 1][outcome]}; row 0 is the sentence start. */
  private final boolean[][] allowed;
  /** Features {@code po=X} and {@code ppo=X} per outcome X, the last entry for {@link #OTHER}. */
  private final int[] previousOutcome;
  private final int[] previousPreviousOutcome;
  /** The outcome names as previous outcomes, the last entry {@link #OTHER}. */
  private final String[] previousNames;

  private PerceptronNameDecoder(
      TokenNameFinderModel model, byte[] descriptor, FeatureWeights weights, String[] outcomes, int beamSize,
      SequenceCodec<String> codec, boolean[][] allowed) {
    this.model = model;
    this.descriptor = descriptor;
    this.weights = weights;
    this.outcomes = outcomes;
    this.beamSize = beamSize;
    this.codec = codec;
    this.allowed = allowed;
    int k = outcomes.length;
    this.previousNames = new String[k + 1];
    this.previousOutcome = new int[k + 1];
    this.previousPreviousOutcome = new int[k + 1];
    for (int o = 0; o <= k; o++) {
      previousNames[o] = o < k ? outcomes[o] : OTHER;
      previousOutcome[o] = weights.find("po=" + previousNames[o]);
      previousPreviousOutcome[o] = weights.find("ppo=" + previousNames[o]);
    }
  }

  /**
   * The decoder for {@code model}, or empty if the model is of a kind this decoder cannot run
   * exactly like {@code NameFinderME} (the reason is logged at debug level).
   */
  static Optional<PerceptronNameDecoder> of(TokenNameFinderModel model) {
    checkNotNull(model, "model");
    String unsupported = unsupportedBecause(model);
    if (unsupported != null) {
      log.debug("name-finder model decoded by OpenNLP's NameFinderME: {}", unsupported);
      return Optional.empty();
    }
    AbstractModel perceptron = model.getArtifact(MODEL_ENTRY);
    Object[] data = perceptron.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> parameters = (Map<String, Context>) data[1];
    String[] outcomes = ((String[]) data[2]).clone();
    SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
    SequenceValidator<String> validator = codec.createSequenceValidator();
    boolean[][] allowed = new boolean[outcomes.length + 1][outcomes.length];
    String[] none = new String[0];
    for (int p = -1; p < outcomes.length; p++) {
      String[] history = p < 0 ? none : new String[] {outcomes[p]};
      for (int o = 0; o < outcomes.length; o++) {
        allowed[p + 1][o] = validator.validSequence(history.length, none, history, outcomes[o]);
      }
    }
    FeatureWeights weights;
    try {
      weights = FeatureWeights.of(parameters, outcomes.length);
    } catch (IllegalArgumentException e) {
      log.debug("name-finder model decoded by OpenNLP's NameFinderME: {}", e.getMessage());
      return Optional.empty();
    }
    byte[] descriptor;
    try {
      descriptor = FeatureDescriptors.optimize(model.getArtifact(DESCRIPTOR_ENTRY));
      if (!(createGenerators(model, descriptor) instanceof CachedFeatureGenerator)) {
        throw new IOException("the rewritten descriptor is not cached");
      }
    } catch (IOException | RuntimeException e) {
      log.debug("feature descriptor used as it is: {}", e.toString());
      descriptor = null;
      // Validates the model's own descriptor (and throws like NameFinderME if it is broken).
      if (!(model.getFactory().createFeatureGenerators() instanceof CachedFeatureGenerator)) {
        log.debug("name-finder model decoded by OpenNLP's NameFinderME: feature-generator descriptor is not cached");
        return Optional.empty();
      }
    }
    return Optional.of(
        new PerceptronNameDecoder(model, descriptor, weights, outcomes, beamSize(model), codec, allowed));
  }

  /** Why {@code model} cannot be decoded here, or null if it can. */
  private static String unsupportedBecause(TokenNameFinderModel model) {
    if (model.getFactory() == null || model.getFactory().getClass() != TokenNameFinderFactory.class) {
      return "custom name-finder factory";
    }
    Object classifier = model.getArtifact(MODEL_ENTRY);
    if (classifier == null || classifier.getClass() != PerceptronModel.class) {
      return "classifier is " + (classifier == null ? "missing" : classifier.getClass().getName())
          + ", not a perceptron";
    }
    if (!(model.getNameFinderSequenceModel() instanceof BeamSearch)) {
      return "not decoded by beam search";
    }
    SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
    Class<?> validator = codec.createSequenceValidator().getClass();
    boolean bio = codec.getClass() == BioCodec.class && validator == NameFinderSequenceValidator.class;
    boolean bilou = codec.getClass() == BilouCodec.class && validator == BilouNameFinderSequenceValidator.class;
    if (!bio && !bilou) {
      return "codec " + codec.getClass().getName() + " with validator " + validator.getName();
    }
    if (model.getArtifact(DESCRIPTOR_ENTRY) == null) {
      return "no feature-generator descriptor";
    }
    try {
      beamSize(model);
    } catch (NumberFormatException e) {
      return "bad beam size " + e.getMessage();
    }
    return null;
  }

  private static int beamSize(TokenNameFinderModel model) {
    String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int beam = size == null ? 3 : Integer.parseInt(size.trim());
    if (beam < 1) {
      throw new NumberFormatException(size);
    }
    return beam;
  }

  /** A new tagger with its own feature generators and document state; not thread-safe. */
  BeamNameTagger newTagger() {
    AdaptiveFeatureGenerator generator;
    if (descriptor == null) {
      generator = model.getFactory().createFeatureGenerators();
    } else {
      try {
        generator = createGenerators(model, descriptor);
      } catch (IOException e) {
        // Parsed successfully when this decoder was made, so this cannot happen.
        throw new UncheckedIOException("cannot create the feature generators of the name-finder model", e);
      }
    }
    return new BeamNameTagger(this, (CachedFeatureGenerator) generator);
  }

  /** What {@code TokenNameFinderFactory.createFeatureGenerators()} does, with another descriptor. */
  private static AdaptiveFeatureGenerator createGenerators(TokenNameFinderModel model, byte[] descriptor)
      throws IOException {
    return GeneratorFactory.create(new ByteArrayInputStream(descriptor), model::getArtifact);
  }

  /** The model's feature weights. */
  FeatureWeights weights() {
    return weights;
  }

  int outcomeCount() {
    return outcomes.length;
  }

  String outcome(int o) {
    return outcomes[o];
  }

  /** The name used for outcome {@code o} (or -1, before the sentence) in previous-outcome features. */
  String previousName(int o) {
    return previousNames[o < 0 ? outcomes.length : o];
  }

  /** The feature {@code po=} of outcome {@code o} (-1: before the sentence), or -1 if unknown. */
  int previousOutcomeFeature(int o) {
    return previousOutcome[o < 0 ? outcomes.length : o];
  }

  /** The feature {@code ppo=} of outcome {@code o} (-1: before the sentence), or -1 if unknown. */
  int previousPreviousOutcomeFeature(int o) {
    return previousPreviousOutcome[o < 0 ? outcomes.length : o];
  }

  /** Whether outcome {@code o} may follow {@code previous} (-1: at the sentence start). */
  boolean allowed(int previous, int o) {
    return allowed[previous + 1][o];
  }

  int beamSize() {
    return beamSize;
  }

  SequenceCodec<String> codec() {
    return codec;
  }
}
