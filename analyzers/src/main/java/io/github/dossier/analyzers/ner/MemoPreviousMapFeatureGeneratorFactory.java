package io.github.dossier.analyzers.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Creates a {@link MemoPreviousMapFeatureGenerator}.
 *
 * <p>Public only because OpenNLP instantiates descriptor factories by reflection. Dossier puts it
 * into the descriptors it decodes with ({@link FeatureDescriptors}); trained models never contain it.
 */
public final class MemoPreviousMapFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Creates a factory; OpenNLP calls this by reflection. */
  public MemoPreviousMapFeatureGeneratorFactory() {}

  /** Creates the generator; it has no parameters. */
  @Override
  public AdaptiveFeatureGenerator create() {
    return new MemoPreviousMapFeatureGenerator();
  }
}
