package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  private static WordClusters clusters(String data) throws IOException {
    return WordClusters.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void pathsGivePrefixFeaturesForTheTokenAndItsNeighbours() throws IOException {
    WordClusters c = clusters("Merz\t0001000101101011\nsaid\t110111\n");

    WordClusters.Path merz = c.of("Merz");
    assertArrayEquals(new String[] {"c4=0001", "c8=00010001", "c12=000100010110", "c=0001000101101011"},
        merz.tokenFeatures());
    assertEquals("c-1,4=0001", merz.previousFeatures()[0]);
    assertEquals("c+1=0001000101101011", merz.nextFeatures()[3]);
    // A path shorter than a prefix length only gives the prefixes it has and itself.
    assertArrayEquals(new String[] {"c4=1101", "c=110111"}, c.of("said").tokenFeatures());
  }

  @Test
  void unknownCaseFormsFallBackToCapitalisedThenLowerCase() throws IOException {
    WordClusters c = clusters("Trump\t1111\nthe\t0000\nTrumpet\t1010\n");

    assertSame(c.of("Trump"), c.of("TRUMP"));
    assertSame(c.of("the"), c.of("The"));
    assertSame(c.of("the"), c.of("THE"));
    assertNull(c.of("trump"), "lower case does not find the capitalised name");
    assertNull(c.of("Zelenskyy"));
    assertSame(c.of("Trump"), c.of("TRUMP", "trump"), "with the lower-case form given");
    assertSame(c.of("the"), c.of("The", "the"));
    assertEquals(3, c.size());
  }

  @Test
  void badLinesAreNamed() {
    IllegalArgumentException noTab = assertThrows(IllegalArgumentException.class, () -> clusters("Merz 0101\n"));
    assertTrue(noTab.getMessage().contains("line 1"), noTab.getMessage());
    IllegalArgumentException badPath =
        assertThrows(IllegalArgumentException.class, () -> clusters("Merz\t0101\nKyiv\t01a1\n"));
    assertTrue(badPath.getMessage().contains("line 2"), badPath.getMessage());
  }

  @Test
  void generatorAddsClusterFeaturesOfTheTokenAndItsNeighbours() throws IOException {
    WordClusters c = clusters("Chancellor\t0110\nMerz\t00010001\nsaid\t1101\n");
    NerGazetteer gazetteer = NerGazetteer.read(new ByteArrayInputStream(new byte[0]));
    NerFeatureGenerator generator = new NerFeatureGenerator(gazetteer, c, false, 0, false);
    List<String> features = new ArrayList<>();

    generator.createFeatures(features, new String[] {"Chancellor", "Merz", "said"}, 1, new String[0]);

    assertTrue(features.containsAll(List.of("c4=0001", "c=00010001", "c-1=0110", "c+1=1101")), features.toString());
  }

  @Test
  void builderPutsWordsOfTheSameContextsIntoTheSameCluster() {
    List<String[]> sentences = new ArrayList<>();
    String[] people = {"Merz", "Macron", "Sanchez", "Meloni"};
    String[] places = {"Berlin", "Paris", "Madrid", "Rome"};
    for (int i = 0; i < 40; i++) {
      String person = people[i % 4];
      String place = places[(i + 1) % 4];
      sentences.add(WordClusterBuilder.tokenize("Chancellor " + person + " said on Monday that talks in " + place
          + " would go on."));
      sentences.add(WordClusterBuilder.tokenize("President " + person + " told reporters in " + place + " ."));
    }

    Map<String, String[]> paths = WordClusterBuilder.cluster(sentences);
    Map<String, String[]> again = WordClusterBuilder.cluster(sentences);

    String merz = paths.get("Merz")[0];
    String berlin = paths.get("Berlin")[0];
    assertNotEquals(merz, berlin);
    for (String p : people) {
      assertEquals(merz.charAt(0), paths.get(p)[0].charAt(0), p + " " + paths.get(p)[0] + " vs Merz " + merz);
    }
    for (String p : places) {
      assertEquals(berlin.charAt(0), paths.get(p)[0].charAt(0), p);
    }
    for (Map.Entry<String, String[]> e : paths.entrySet()) {
      assertEquals(e.getValue()[0], again.get(e.getKey())[0], "deterministic path of " + e.getKey());
    }
  }

  @Test
  void builderTokenizesNewsTextLikeTheTrainingCorpora() {
    assertArrayEquals(new String[] {"U.S.", "envoy", "Steve", "Witkoff", "'s", "talks", "with", "\"", "Gen.", "Smith",
        "\"", "did", "n't", "end", "."}, WordClusterBuilder.tokenize("U.S. envoy Steve Witkoff’s talks with “Gen. Smith” didn't end."));
    assertEquals("Kyiv, \"capital\"", WordClusterBuilder.jsonString(
        "{\"id\": \"x\", \"text\": \"Kyiv, \\\"capital\\\"\", \"title\": \"T\"}", "text"));
    assertNull(WordClusterBuilder.jsonString("{\"id\": \"x\"}", "text"));
  }
}
