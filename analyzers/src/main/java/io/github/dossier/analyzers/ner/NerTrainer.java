package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
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
    if (config.shuffleSeed() != 0) {
      Collections.shuffle(allDocuments, new Random(config.shuffleSeed()));
    }
    List<NameSample> samples = new ArrayList<>();
    long tokens = 0;
    long entities = 0;
    for (NerDocument doc : allDocuments) {
      boolean first = true;
      for (NerSentence s : doc.sentences()) {
        NameSample sample = new NameSample(s.tokenArray(), s.spans(), first);
        first = false;
        samples.add(sample);
        tokens += s.size();
        entities += sample.getNames().length;
      }
    }
    int documents = allDocuments.size();
    checkArgument(!samples.isEmpty(), "the training corpora %s contain no sentence", corpora);
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, config.threads());
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(
        null, config.featureDescriptor().getBytes(StandardCharsets.UTF_8), Collections.emptyMap(),
        config.codec().equals("BILOU") ? new BilouCodec() : new BioCodec());
    TokenNameFinderModel model = NameFinderME.train("en", null, new ListStream(samples), params, factory);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Summary summary = new Summary(documents, samples.size(), tokens, entities, seconds, Files.size(out));
    log.info("trained {} in {}s: {}", out, Math.round(seconds), summary);
    return summary;
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

  /** An in-memory sample stream that can be reset, as the learners iterate several times. */
  private static final class ListStream implements ObjectStream<NameSample> {
    private final List<NameSample> samples;
    private Iterator<NameSample> it;

    ListStream(List<NameSample> samples) {
      this.samples = samples;
      this.it = samples.iterator();
    }

    @Override
    public NameSample read() {
      return it.hasNext() ? it.next() : null;
    }

    @Override
    public void reset() {
      it = samples.iterator();
    }
  }
}
