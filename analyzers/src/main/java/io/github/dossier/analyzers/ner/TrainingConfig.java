package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * How {@link NerTrainer} trains a name-finder model: learner, iterations, feature cutoff and which
 * features to use. Build with {@link #builder()} or read a properties file with {@link #load}.
 *
 * <p>{@code shuffleEpochs}, {@code outsideBias}, {@code pruneBelow} and all shuffle seeds but the
 * first are settings of the averaged perceptron ({@code PERCEPTRON}); the other learners ignore
 * them.
 *
 * @param algorithm the OpenNLP learner: {@code PERCEPTRON}, {@code PERCEPTRON_SEQUENCE} (structured
 *     perceptron), {@code MAXENT} (GIS) or {@code
 *     MAXENT_QN} (L-BFGS)
 * @param iterations training iterations
 * @param cutoff minimum number of times a feature must occur to be kept
 * @param tokenWindow how many neighbouring words on each side become features (0–3)
 * @param customFeatures whether to add Dossier's shape/gazetteer/title features
 * @param affixes whether to add prefix/suffix features of capitalised words (needs customFeatures)
 * @param clusters whether to add the {@link WordClusters} paths of the token and its neighbours
 *     (needs customFeatures)
 * @param nameHeads whether every word of a run of capitalised words gets the run's last word (its
 *     head: "Council" in "Hampshire County Council") and that word's gazetteer categories as
 *     features, so the type is known from the first word on (needs customFeatures)
 * @param previousMap whether OpenNLP's previous-map feature (the outcome an earlier sentence of the
 *     document gave the same word) is used
 * @param threads learner threads (used by MAXENT and MAXENT_QN)
 * @param codec how entity positions become outcomes: {@code BIO} or {@code BILOU}
 * @param shuffleEpochs whether the perceptron visits the documents in a new order in every
 *     iteration ({@link ShufflingPerceptronTrainer}, seeded with the shuffle seed) instead of
 *     OpenNLP's fixed order
 * @param outsideBias subtracted from the weight of the always-present {@code def} feature for
 *     the outside outcome after training: a positive value trades precision for recall (the
 *     averaged perceptron is conservative); 0 leaves the model as trained
 * @param pruneBelow after training (and the bias shift), weights whose absolute value is below this
 *     are dropped, and features left without weights; 0 keeps every weight
 * @param shuffleSeeds one model is trained per seed, on the training documents of all corpora
 *     shuffled with that seed (deterministically; seed 0 keeps the given order), so that no corpus
 *     comes last for the order-sensitive perceptron; with several seeds the perceptrons' weights
 *     are averaged into one model ({@link PerceptronEnsemble}), which removes most of the
 *     dependence on the order
 */
public record TrainingConfig(
    String algorithm,
    int iterations,
    int cutoff,
    int tokenWindow,
    boolean customFeatures,
    boolean affixes,
    boolean clusters,
    boolean nameHeads,
    boolean previousMap,
    int threads,
    String codec,
    boolean shuffleEpochs,
    double outsideBias,
    double pruneBelow,
    ImmutableList<Long> shuffleSeeds) {

  private static final Set<String> ALGORITHMS = Set.of("PERCEPTRON", "PERCEPTRON_SEQUENCE", "MAXENT", "MAXENT_QN");
  private static final Set<String> CODECS = Set.of("BIO", "BILOU");
  private static final Set<String> KEYS = Set.of(
      "algorithm", "iterations", "cutoff", "tokenWindow", "customFeatures", "affixes", "clusters", "nameHeads", "previousMap", "threads", "codec", "shuffleEpochs",
      "outsideBias", "pruneBelow", "shuffleSeed", "shuffleSeeds");

  /** Validates the fields. */
  public TrainingConfig {
    checkNotNull(algorithm, "algorithm");
    checkArgument(ALGORITHMS.contains(algorithm), "algorithm must be one of %s, got '%s'", ALGORITHMS, algorithm);
    checkArgument(iterations >= 1, "iterations must be >= 1, got %s", iterations);
    checkArgument(cutoff >= 0, "cutoff must be >= 0, got %s", cutoff);
    checkArgument(tokenWindow >= 0 && tokenWindow <= 3, "tokenWindow must be 0..3, got %s", tokenWindow);
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    checkNotNull(codec, "codec");
    checkArgument(CODECS.contains(codec), "codec must be one of %s, got '%s'", CODECS, codec);
    checkArgument(Double.isFinite(outsideBias), "outsideBias must be a finite number, got %s", outsideBias);
    checkArgument(pruneBelow >= 0 && Double.isFinite(pruneBelow), "pruneBelow must be >= 0, got %s", pruneBelow);
    checkNotNull(shuffleSeeds, "shuffleSeeds");
    checkArgument(!shuffleSeeds.isEmpty(), "at least one shuffle seed is needed");
  }

  /** The configuration of the shipped model (see {@code ner-en.recipe.md}). */
  public static TrainingConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the shipped model's configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder()
        .algorithm(algorithm)
        .iterations(iterations)
        .cutoff(cutoff)
        .tokenWindow(tokenWindow)
        .customFeatures(customFeatures)
        .affixes(affixes)
        .clusters(clusters)
        .nameHeads(nameHeads)
        .previousMap(previousMap)
        .threads(threads)
        .codec(codec)
        .shuffleEpochs(shuffleEpochs)
        .outsideBias(outsideBias)
        .pruneBelow(pruneBelow)
        .shuffleSeeds(shuffleSeeds);
  }

  /**
   * Reads a properties file whose keys are the record components ({@code algorithm=PERCEPTRON},
   * {@code iterations=150}, ...); missing keys keep their defaults.
   *
   * @throws IllegalArgumentException naming an unknown key or bad value
   */
  public static TrainingConfig load(Path file) throws IOException {
    checkNotNull(file, "config file");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    for (String key : p.stringPropertyNames()) {
      checkArgument(KEYS.contains(key), "unknown key '%s' in training config %s (known: %s)", key, file, KEYS);
    }
    TrainingConfig d = defaults();
    try {
      return builder()
          .algorithm(p.getProperty("algorithm", d.algorithm()).trim().toUpperCase(Locale.ROOT))
          .iterations(Integer.parseInt(p.getProperty("iterations", "" + d.iterations()).trim()))
          .cutoff(Integer.parseInt(p.getProperty("cutoff", "" + d.cutoff()).trim()))
          .tokenWindow(Integer.parseInt(p.getProperty("tokenWindow", "" + d.tokenWindow()).trim()))
          .customFeatures(parseBoolean(p.getProperty("customFeatures", "" + d.customFeatures())))
          .affixes(parseBoolean(p.getProperty("affixes", "" + d.affixes())))
          .clusters(parseBoolean(p.getProperty("clusters", "" + d.clusters())))
          .nameHeads(parseBoolean(p.getProperty("nameHeads", "" + d.nameHeads())))
          .previousMap(parseBoolean(p.getProperty("previousMap", "" + d.previousMap())))
          .threads(Integer.parseInt(p.getProperty("threads", "" + d.threads()).trim()))
          .codec(p.getProperty("codec", d.codec()).trim().toUpperCase(Locale.ROOT))
          .shuffleEpochs(parseBoolean(p.getProperty("shuffleEpochs", "" + d.shuffleEpochs())))
          .outsideBias(Double.parseDouble(p.getProperty("outsideBias", "" + d.outsideBias()).trim()))
          .pruneBelow(Double.parseDouble(p.getProperty("pruneBelow", "" + d.pruneBelow()).trim()))
          .shuffleSeeds(seeds(p, d))
          .build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad training config " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Long> seeds(Properties p, TrainingConfig d) {
    checkArgument(!(p.containsKey("shuffleSeed") && p.containsKey("shuffleSeeds")),
        "give shuffleSeed or shuffleSeeds, not both");
    String value = p.getProperty("shuffleSeeds", p.getProperty("shuffleSeed"));
    if (value == null) {
      return d.shuffleSeeds();
    }
    List<Long> seeds = new ArrayList<>();
    for (String part : value.split(",")) {
      seeds.add(Long.parseLong(part.trim()));
    }
    return seeds;
  }

  private static boolean parseBoolean(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    checkArgument(v.equals("true") || v.equals("false"), "expected true or false, got '%s'", value);
    return v.equals("true");
  }

  /** The OpenNLP feature-generator descriptor (XML) these settings produce. */
  public String featureDescriptor() {
    StringBuilder x = new StringBuilder();
    x.append("<featureGenerators cache=\"true\" name=\"nameFinder\">\n");
    String tokenClass = "<generator class=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>";
    x.append(tokenWindow > 0 ? window(tokenWindow, tokenClass) : "  " + tokenClass + "\n");
    if (!customFeatures) {
      // Dossier's generator emits normalised word features itself; without it use OpenNLP's.
      String tokens = "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\">"
          + "<bool name=\"lowercase\">true</bool></generator>";
      x.append(tokenWindow > 0 ? window(tokenWindow, tokens) : "  " + tokens + "\n");
    }
    x.append("  <generator class=\"opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory\"/>\n");
    if (previousMap) {
      x.append("  <generator class=\"opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory\"/>\n");
    }
    x.append("  <generator class=\"opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory\"/>\n");
    x.append("  <generator class=\"opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory\">"
        + "<bool name=\"begin\">true</bool><bool name=\"end\">false</bool></generator>\n");
    if (customFeatures) {
      x.append("  <generator class=\"").append(NerFeatureGeneratorFactory.class.getName()).append("\">")
          .append("<bool name=\"affixes\">").append(affixes).append("</bool>")
          .append(clusters ? "<bool name=\"clusters\">true</bool>" : "")
          .append(nameHeads ? "<bool name=\"nameHeads\">true</bool>" : "")
          .append("<int name=\"wordWindow\">").append(tokenWindow).append("</int></generator>\n");
    }
    x.append("</featureGenerators>\n");
    return x.toString();
  }

  private static String window(int size, String inner) {
    return "  <generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
        + "<int name=\"prevLength\">" + size + "</int><int name=\"nextLength\">" + size + "</int>"
        + inner + "</generator>\n";
  }

  /** Builds a {@link TrainingConfig}; every setting starts at the shipped model's value. */
  public static final class Builder {
    private String algorithm = "PERCEPTRON";
    private int iterations = 30;
    private int cutoff = 1;
    private int tokenWindow = 2;
    private boolean customFeatures = true;
    private boolean affixes = true;
    private boolean clusters = true;
    private boolean nameHeads = true;
    private boolean previousMap = true;
    private int threads = 1;
    private String codec = "BIO";
    private boolean shuffleEpochs = true;
    private double outsideBias = 8;
    private double pruneBelow = 0.5;
    private ImmutableList<Long> shuffleSeeds = ImmutableList.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

    private Builder() {}

    /** Sets the learner: PERCEPTRON, MAXENT or MAXENT_QN. */
    public Builder algorithm(String algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    /** Sets the number of training iterations. */
    public Builder iterations(int iterations) {
      this.iterations = iterations;
      return this;
    }

    /** Sets the feature count cutoff. */
    public Builder cutoff(int cutoff) {
      this.cutoff = cutoff;
      return this;
    }

    /** Sets how many neighbouring words on each side are features. */
    public Builder tokenWindow(int tokenWindow) {
      this.tokenWindow = tokenWindow;
      return this;
    }

    /** Sets whether Dossier's shape/gazetteer/title features are used. */
    public Builder customFeatures(boolean customFeatures) {
      this.customFeatures = customFeatures;
      return this;
    }

    /** Sets whether prefix/suffix features are used. */
    public Builder affixes(boolean affixes) {
      this.affixes = affixes;
      return this;
    }

    /** Sets whether word-cluster features are used. */
    public Builder clusters(boolean clusters) {
      this.clusters = clusters;
      return this;
    }

    /** Sets whether the words of a capitalised run get the run's head word as features. */
    public Builder nameHeads(boolean nameHeads) {
      this.nameHeads = nameHeads;
      return this;
    }

    /** Sets whether OpenNLP's previous-map (earlier outcome of the same word) feature is used. */
    public Builder previousMap(boolean previousMap) {
      this.previousMap = previousMap;
      return this;
    }

    /** Sets the number of learner threads. */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** Sets the outcome codec: BIO or BILOU. */
    public Builder codec(String codec) {
      this.codec = codec;
      return this;
    }

    /** Sets whether the perceptron visits the documents in a new order in every iteration. */
    public Builder shuffleEpochs(boolean shuffleEpochs) {
      this.shuffleEpochs = shuffleEpochs;
      return this;
    }

    /** Sets how much the outside outcome's bias weight is lowered after training (0 = none). */
    public Builder outsideBias(double outsideBias) {
      this.outsideBias = outsideBias;
      return this;
    }

    /** Sets the absolute weight below which weights are dropped after training (0 = none). */
    public Builder pruneBelow(double pruneBelow) {
      this.pruneBelow = pruneBelow;
      return this;
    }

    /** Trains one model on documents shuffled with this seed; 0 keeps the corpora in the given order. */
    public Builder shuffleSeed(long shuffleSeed) {
      this.shuffleSeeds = ImmutableList.of(shuffleSeed);
      return this;
    }

    /**
     * Trains one perceptron per seed (documents shuffled with it; 0 keeps the given order) and
     * averages their weights into one model.
     */
    public Builder shuffleSeeds(List<Long> shuffleSeeds) {
      this.shuffleSeeds = ImmutableList.copyOf(shuffleSeeds);
      return this;
    }

    /** Builds and validates the configuration. */
    public TrainingConfig build() {
      return new TrainingConfig(
          algorithm, iterations, cutoff, tokenWindow, customFeatures, affixes, clusters, nameHeads, previousMap, threads, codec, shuffleEpochs, outsideBias,
          pruneBelow, shuffleSeeds);
    }
  }
}
