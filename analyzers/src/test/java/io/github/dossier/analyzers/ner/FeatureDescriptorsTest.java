package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

/** {@link FeatureDescriptors}: descriptors rewritten to generate the same features with less work. */
class FeatureDescriptorsTest {

  private static final String OPENNLP = "opennlp.tools.util.featuregen.";

  private static String window(String inner) {
    return "<generator class=\"" + OPENNLP + "WindowFeatureGeneratorFactory\">"
        + "<int name=\"prevLength\">2</int><int name=\"nextLength\">2</int>" + inner + "</generator>";
  }

  private static String generator(String name) {
    return "<generator class=\"" + OPENNLP + name + "\"/>";
  }

  private static String descriptor(String... generators) {
    return "<featureGenerators cache=\"true\" name=\"nameFinder\">" + String.join("", generators) + "</featureGenerators>";
  }

  private static List<String> features(byte[] descriptor, String[]... sentences) throws IOException {
    AdaptiveFeatureGenerator generator = GeneratorFactory.create(new ByteArrayInputStream(descriptor), key -> null);
    List<String> out = new ArrayList<>();
    for (String[] tokens : sentences) {
      for (int i = 0; i < tokens.length; i++) {
        generator.createFeatures(out, tokens, i, new String[i]);
        out.add("|");
      }
    }
    return out;
  }

  @Test
  void windowsOfTokenLocalGeneratorsAndBigramsGetDossiersGeneratorsWithTheSameFeatures() throws IOException {
    byte[] original = descriptor(
        window(generator("TokenClassFeatureGeneratorFactory")),
        window(generator("TokenFeatureGeneratorFactory")),
        generator("BigramNameFeatureGeneratorFactory"),
        generator("SentenceFeatureGeneratorFactory")).getBytes(StandardCharsets.UTF_8);

    byte[] rewritten = FeatureDescriptors.optimize(original);

    String xml = new String(rewritten, StandardCharsets.UTF_8);
    assertEquals(2, xml.split(TokenWindowFeatureGeneratorFactory.class.getName(), -1).length - 1, xml);
    assertTrue(!xml.contains(OPENNLP + "WindowFeatureGeneratorFactory"), xml);
    assertTrue(xml.contains(MemoBigramNameFeatureGeneratorFactory.class.getName()), xml);
    assertTrue(!xml.contains(OPENNLP + "BigramNameFeatureGeneratorFactory"), xml);
    String[] first = "Kenyan President William Ruto met Samia Suluhu Hassan in Dar es Salaam .".split(" ");
    String[] second = "“ U.S. officials ” said MI6 chief Richard Moore , 61 , was in Kyiv on 2,000 occasions".split(" ");
    List<String> expected = features(original, first, second, first);
    assertEquals(expected, features(rewritten, first, second, first));
    assertTrue(expected.contains("p2w=kenyan"), expected.subList(0, 20).toString());
    assertTrue(expected.contains("pwc,wc=ic,ic"), expected.subList(0, 20).toString());
  }

  @Test
  void tokenWindowsKeepTheirFeaturesWhenTheirMemoOfWordsFillsUpAndWithUnevenLengths() throws IOException {
    byte[] original = descriptor(
        "<generator class=\"" + OPENNLP + "WindowFeatureGeneratorFactory\"><int name=\"prevLength\">1</int>"
            + "<int name=\"nextLength\">3</int>" + generator("TokenClassFeatureGeneratorFactory") + "</generator>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] rewritten = FeatureDescriptors.optimize(original);
    assertTrue(new String(rewritten, StandardCharsets.UTF_8).contains(TokenWindowFeatureGeneratorFactory.class.getName()));
    String[] many = new String[TokenWindowFeatureGenerator.MAX_WORDS + 500];
    for (int i = 0; i < many.length; i++) {
      many[i] = (i % 3 == 0 ? "Name" : i % 3 == 1 ? "word" : "N") + i;
    }
    String[] news = "Officials in Kyiv said the U.S. envoy met Zelenskyy on Friday .".split(" ");

    List<String> expected = features(original, news, many, news, many);

    assertEquals(expected, features(rewritten, news, many, news, many));
    assertTrue(expected.contains("n3wc=ic"), expected.subList(0, 20).toString());
  }

  @Test
  void descriptorsWithNothingToReplaceAreReturnedUnchanged() throws IOException {
    byte[] original = descriptor(
        window(generator("SentenceFeatureGeneratorFactory")),
        generator("TokenClassFeatureGeneratorFactory")).getBytes(StandardCharsets.UTF_8);

    assertSame(original, FeatureDescriptors.optimize(original));
  }

  @Test
  void malformedDescriptorIsAnError() {
    IOException e = assertThrows(IOException.class,
        () -> FeatureDescriptors.optimize("<featureGenerators>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("not valid XML"), e.getMessage());
  }
}
