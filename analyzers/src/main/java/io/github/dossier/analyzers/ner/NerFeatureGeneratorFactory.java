package io.github.dossier.analyzers.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Creates {@link NerFeatureGenerator}s from an OpenNLP feature-generator descriptor element:
 * {@code <generator class="io.github.dossier.analyzers.ner.NerFeatureGeneratorFactory"><bool
 * name="affixes">true</bool></generator>}.
 *
 * <p>Public only because OpenNLP instantiates descriptor factories by reflection; models trained by
 * {@link NerTrainer} reference this class, so a plain {@code new TokenNameFinderModel(stream)} with
 * {@code NameFinderME} works whenever this module is on the class path. The generators use the
 * shipped gazetteer, loaded once per JVM.
 */
public final class NerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Creates a factory; OpenNLP calls this by reflection. */
  public NerFeatureGeneratorFactory() {}

  /**
   * Creates a generator. Parameters: {@code affixes} (default true) adds prefix/suffix features;
   * {@code wordWindow} (default 0) adds the normalised words up to that many positions away;
   * {@code clusters} (default false) adds the {@link WordClusters} paths of the token and its
   * neighbours; {@code nameHeads} (default false) adds the head word of the capitalised run a word
   * belongs to.
   */
  @Override
  public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
    int wordWindow = getInt("wordWindow", 0);
    if (wordWindow < 0 || wordWindow > 3) {
      throw new opennlp.tools.util.InvalidFormatException("wordWindow must be 0..3, got " + wordWindow);
    }
    WordClusters clusters = getBool("clusters", false) ? WordClusters.shared() : null;
    return new NerFeatureGenerator(NerGazetteer.shared(), clusters, getBool("affixes", true), wordWindow,
        getBool("nameHeads", false));
  }
}
