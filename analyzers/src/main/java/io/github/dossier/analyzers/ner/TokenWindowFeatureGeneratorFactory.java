package io.github.dossier.analyzers.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Creates a {@link TokenWindowFeatureGenerator} from the element of an OpenNLP window generator: the
 * {@code prevLength} and {@code nextLength} parameters and the token-local generator it contains.
 *
 * <p>Public only because OpenNLP instantiates descriptor factories by reflection. Dossier puts it
 * into the descriptors it decodes with ({@link FeatureDescriptors}); trained models never contain it.
 */
public final class TokenWindowFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Creates a factory; OpenNLP calls this by reflection. */
  public TokenWindowFeatureGeneratorFactory() {}

  /**
   * The window around the first nested generator.
   *
   * @throws InvalidFormatException if the element contains no generator or a window length is
   *     missing or negative
   */
  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    Object inner = args.get("generator#0");
    if (!(inner instanceof AdaptiveFeatureGenerator generator)) {
      throw new InvalidFormatException("a token window must contain one generator element");
    }
    int previous = getInt("prevLength");
    int next = getInt("nextLength");
    if (previous < 0 || next < 0) {
      throw new InvalidFormatException("token window lengths must not be negative, got " + previous + " and " + next);
    }
    return new TokenWindowFeatureGenerator(generator, previous, next);
  }
}
