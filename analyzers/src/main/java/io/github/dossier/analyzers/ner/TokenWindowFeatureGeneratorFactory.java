package io.github.dossier.analyzers.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Creates a {@link PositionMemoFeatureGenerator} around the generator element it contains.
 *
 * <p>Public only because OpenNLP instantiates descriptor factories by reflection. Dossier puts it
 * into the descriptors it decodes with ({@link FeatureDescriptors}); trained models never contain it.
 */
public final class PositionMemoFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Creates a factory; OpenNLP calls this by reflection. */
  public PositionMemoFeatureGeneratorFactory() {}

  /**
   * Wraps the first nested generator.
   *
   * @throws InvalidFormatException if the element contains no generator
   */
  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    Object inner = args.get("generator#0");
    if (!(inner instanceof AdaptiveFeatureGenerator generator)) {
      throw new InvalidFormatException("a position memo must contain one generator element");
    }
    return new PositionMemoFeatureGenerator(generator);
  }
}
