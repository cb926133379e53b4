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

  /** Features of each sentence, each followed by the adaptive update with {@code outcomes} of the same length. */
  private static List<String> adaptiveFeatures(byte[] descriptor, String[][] sentences, String[][] outcomes)
      throws IOException {
    AdaptiveFeatureGenerator generator = GeneratorFactory.create(new ByteArrayInputStream(descriptor), key -> null);
    List<String> out = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (outcomes[s] == null) {
        generator.clearAdaptiveData();
        continue;
      }
      for (int i = 0; i < sentences[s].length; i++) {
        generator.createFeatures(out, sentences[s], i, new String[i]);
      }
      generator.updateAdaptiveData(sentences[s], outcomes[s]);
    }
    return out;
  }

  @Test
  void previousMapGetsDossiersGeneratorWithTheSameFeaturesAcrossSentencesAndDocuments() throws IOException {
    byte[] original = descriptor(generator("PreviousMapFeatureGeneratorFactory")).getBytes(StandardCharsets.UTF_8);
    byte[] rewritten = FeatureDescriptors.optimize(original);
    String xml = new String(rewritten, StandardCharsets.UTF_8);
    assertTrue(xml.contains(MemoPreviousMapFeatureGeneratorFactory.class.getName()), xml);
    assertTrue(!xml.contains(OPENNLP + "PreviousMapFeatureGeneratorFactory"), xml);
    String[] first = "Amara Okonkwo-Reyes visited Port Harcourt .".split(" ");
    String[] second = "Okonkwo-Reyes left Port Harcourt on Monday .".split(" ");
    String[][] sentences = {first, second, second, first};
    String[][] outcomes = {
        {"person-start", "person-cont", "other", "location-start", "location-cont", "other"},
        {"person-start", "other", "location-start", "location-cont", "other", "other", "other"},
        null, // a new document
        {"other", "other", "other", "other", "other", "other"}};

    List<String> expected = adaptiveFeatures(original, sentences, outcomes);

    assertEquals(expected, adaptiveFeatures(rewritten, sentences, outcomes));
    // The second sentence sees the outcomes of the first; the last, in a new document, sees none.
    assertEquals(List.of("pd=person-cont", "pd=null", "pd=location-start", "pd=location-cont", "pd=null", "pd=null",
        "pd=other", "pd=null"), expected.subList(6, 14));
    assertEquals(List.of("pd=null"), expected.subList(13, expected.size()).stream().distinct().toList());
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
