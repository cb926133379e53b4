package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains Dossier's English PER/LOC/ORG name-finder model with OpenNLP.
 *
 * <p>The result is a standard OpenNLP {@link TokenNameFinderModel}: its feature-generator descriptor
 * references {@link NerFeatureGeneratorFactory}, so it loads with {@link NerModel#load} or plain
 * OpenNLP as long as this module is on the class path. Training is deterministic for a given
 * configuration and corpus list.
 *
 * <p>Command line: {@code NerTrainer --out FILE [--config FILE] CORPUS...}, each CORPUS a {@link
 * CorpusSpec} such as {@code wikigold.tsv?docs=train/5}. The recipe of the shipped model is in
 * {@code ner-en.recipe.md} next to the model.
 */
public final class NerTrainer {

  private static final Logger log = LoggerFactory.getLogger(NerTrainer.class);

  /**
   * What a training run used and produced.
   *
   * @param documents training documents (after splits and repetition; each sentence of a corpus
   *     without document boundaries counts as one)
   * @param sentences training sentences
   * @param tokens training tokens
   * @param entities PER/LOC/ORG entities in the training data
   * @param seconds wall-clock time of reading, training and writing
   * @param modelBytes size of the written model file
   */
  public record Summary(int documents, int sentences, long tokens, long entities, double seconds, long modelBytes) {}

  private NerTrainer() {}

  /**
   * Trains a model on the given corpora and writes it to {@code out}.
   *
   * @param config learner and feature settings
   * @param corpora the training data, in order
   * @param out the model file to write (parent directories are created)
   * @return counts and timing of the run
   * @throws IllegalArgumentException if no corpus is given or the corpora contain no sentence
   */
  public static Summary train(TrainingConfig config, List<CorpusSpec> corpora, Path out) throws IOException {
    checkNotNull(config, "training config");
    checkNotNull(out, "output model path");
    checkArgument(corpora != null && !corpora.isEmpty(), "at least one training corpus is needed");
    long start = System.nanoTime();
    List<NerDocument> allDocuments = new ArrayList<>();
    for (CorpusSpec spec : corpora) {
      List<NerDocument> docs = spec.read();
      for (int r = 0; r < spec.repeat(); r++) {
        allDocuments.addAll(docs);
      }
      log.info("training corpus {}: {} documents", spec, docs.size());
    }
    byte[] descriptor = config.featureDescriptor().getBytes(StandardCharsets.UTF_8);
    SequenceCodec<String> codec = config.codec().equals("BILOU") ? new BilouCodec() : new BioCodec();
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor, Collections.emptyMap(), codec);
    // Events of a document do not depend on the other documents (the document memory is cleared at
    // its first sentence), so features are generated once, in the given order, and only the order
    // of the documents' event lists changes per seed. One event stream for all documents: OpenNLP's
    // event stream adds a feature generator to the context generator it is given.
    List<NameSample> samples = new ArrayList<>();
    int[] documentTokens = new int[allDocuments.size()];
    long tokens = 0;
    long entities = 0;
    for (int d = 0; d < allDocuments.size(); d++) {
      boolean first = true;
      for (NerSentence s : allDocuments.get(d).sentences()) {
        NameSample sample = new NameSample(s.tokenArray(), s.spans(), first);
        first = false;
        samples.add(sample);
        documentTokens[d] += s.size();
        tokens += s.size();
        entities += sample.getNames().length;
      }
    }
    int sentences = samples.size();
    checkArgument(sentences > 0, "the training corpora %s contain no sentence", corpora);
    List<List<Event>> documentEvents = events(samples, documentTokens, factory.createContextGenerator(), codec);
    samples = null;
    int documents = allDocuments.size();
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, config.threads());
    // The events are in memory already; the default two-pass indexer would write them to a file.
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    Map<String, String> manifest = new HashMap<>();
    List<MaxentModel> members = new ArrayList<>();
    boolean perceptron = config.algorithm().equals("PERCEPTRON");
    // The maxent learners take only the first seed and none of the perceptron settings.
    List<Long> seeds = perceptron ? config.shuffleSeeds() : config.shuffleSeeds().subList(0, 1);
    for (long seed : seeds) {
      if (perceptron && config.shuffleEpochs()) {
        manifest.put("TrainerType", "Event");
        manifest.put("Dossier-Trainer", ShufflingPerceptronTrainer.class.getSimpleName());
        members.add(ShufflingPerceptronTrainer.train(documentEvents, config.iterations(), config.cutoff(), seed));
        log.info("trained ensemble member with epoch shuffling seed {}", seed);
        continue;
      }
      List<List<Event>> order = new ArrayList<>(documentEvents);
      if (seed != 0) {
        Collections.shuffle(order, new Random(seed));
      }
      List<Event> events = new ArrayList<>();
      order.forEach(events::addAll);
      EventTrainer trainer = TrainerFactory.getEventTrainer(params, manifest);
      members.add(trainer.train(ObjectStreamUtils.createObjectStream(events)));
      log.info("trained ensemble member with shuffle seed {}", seed);
    }
    MaxentModel maxent = members.size() == 1 ? members.get(0) : PerceptronEnsemble.average(members);
    if (perceptron && config.outsideBias() != 0) {
      maxent = PerceptronEnsemble.shiftBias(maxent, "def", codec.encode(new Span[0], 1)[0], -config.outsideBias());
      manifest.put("Dossier-Outside-Bias", Double.toString(config.outsideBias()));
    }
    if (perceptron && config.pruneBelow() > 0) {
      maxent = PerceptronEnsemble.prune(maxent, config.pruneBelow());
      manifest.put("Dossier-Pruned-Below", Double.toString(config.pruneBelow()));
    }
    manifest.put("Dossier-Shuffle-Seeds", Joiner.on(',').join(seeds));
    TokenNameFinderModel model = new TokenNameFinderModel("en", maxent, NameFinderME.DEFAULT_BEAM_SIZE,
        descriptor, Collections.emptyMap(), manifest, codec, factory);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Summary summary = new Summary(documents, sentences, tokens, entities, seconds, Files.size(out));
    log.info("trained {} in {}s: {}", out, Math.round(seconds), summary);
    return summary;
  }

  /**
   * The training events of the samples (one per token), grouped by document ({@code documentTokens}
   * tokens each); equal feature strings are shared to save memory.
   */
  private static List<List<Event>> events(List<NameSample> samples, int[] documentTokens,
      NameContextGenerator contextGenerator, SequenceCodec<String> codec) throws IOException {
    Map<String, String> strings = new HashMap<>();
    List<List<Event>> documents = new ArrayList<>(documentTokens.length);
    try (ObjectStream<Event> stream = new NameFinderEventStream(
        ObjectStreamUtils.createObjectStream(samples), null, contextGenerator, codec)) {
      for (int size : documentTokens) {
        List<Event> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          Event e = stream.read();
          checkArgument(e != null, "fewer training events than tokens");
          String[] context = e.getContext();
          for (int k = 0; k < context.length; k++) {
            String c = strings.putIfAbsent(context[k], context[k]);
            if (c != null) {
              context[k] = c;
            }
          }
          events.add(new Event(strings.computeIfAbsent(e.getOutcome(), k -> k), context));
        }
        documents.add(events);
      }
      checkArgument(stream.read() == null, "more training events than tokens");
    }
    return documents;
  }

  /** Parses corpus arguments with {@link CorpusSpec#parse}. */
  public static List<CorpusSpec> specs(List<String> arguments) {
    ImmutableList.Builder<CorpusSpec> specs = ImmutableList.builder();
    for (String a : arguments) {
      specs.add(CorpusSpec.parse(a));
    }
    return specs.build();
  }

  /**
   * Command-line entry point: {@code --out FILE [--config FILE] CORPUS...}.
   *
   * @throws IllegalArgumentException on bad arguments
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    TrainingConfig config = TrainingConfig.defaults();
    List<String> corpora = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Paths.get(argument(args, ++i, "--out"));
        case "--config" -> config = TrainingConfig.load(Paths.get(argument(args, ++i, "--config")));
        default -> corpora.add(args[i]);
      }
    }
    checkArgument(out != null, "usage: NerTrainer --out FILE [--config FILE] CORPUS...");
    train(config, specs(corpora), out);
  }

  private static String argument(String[] args, int i, String option) {
    checkArgument(i < args.length, "%s needs a value", option);
    return args[i];
  }
}
