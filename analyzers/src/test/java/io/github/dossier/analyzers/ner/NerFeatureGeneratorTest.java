package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NerFeatureGeneratorTest {

  private static NerGazetteer gazetteer;

  @BeforeAll
  static void gazetteer() throws IOException {
    String data = "chancellor\tT\nprime minister\tT\nlena\tF\nthe\tL\nnew zealand\tK\nwellington\tC\n"
        + "council\tZ\n";
    gazetteer = NerGazetteer.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> features(String sentence, int index) {
    NerFeatureGenerator generator = new NerFeatureGenerator(gazetteer, null, true, 1, false);
    List<String> features = new ArrayList<>();
    generator.createFeatures(features, sentence.split(" "), index, new String[0]);
    return features;
  }

  @Test
  void withNameHeadsEveryWordOfACapitalisedRunButTheLastSeesTheRunsLastWord() {
    NerFeatureGenerator generator = new NerFeatureGenerator(gazetteer, null, true, 1, true);
    String[] tokens = "protesters left Wellington County Council offices , said Lena Brandt".split(" ");
    List<String> first = new ArrayList<>();
    generator.createFeatures(first, tokens, 2, new String[0]);
    assertTrue(first.contains("nh=council"), first.toString());
    assertTrue(first.contains("nhg=Z"), "the head's gazetteer category: an organisation head " + first);

    List<String> head = new ArrayList<>();
    generator.createFeatures(head, tokens, 4, new String[0]);
    assertTrue(head.stream().noneMatch(f -> f.startsWith("nh")), "the last word is its own head: " + head);

    List<String> person = new ArrayList<>();
    generator.createFeatures(person, tokens, 8, new String[0]);
    assertTrue(person.contains("nh=brandt"), person.toString());
    assertTrue(features("protesters left Wellington County Council offices", 2).stream().noneMatch(f -> f.startsWith("nh")),
        "off unless asked for");
  }

  private static List<String> allFeatures(NerFeatureGenerator generator, String[]... sentences) {
    List<String> out = new ArrayList<>();
    for (String[] tokens : sentences) {
      for (int i = 0; i < tokens.length; i++) {
        generator.createFeatures(out, tokens, i, new String[0]);
        out.add("|");
      }
    }
    return out;
  }

  @Test
  void rememberedWordsGiveTheSameFeaturesAsNewOnesAlsoAfterTheMemoStartsOver() {
    String[] news = "German Chancellor Lena Brandt flew to Wellington , New Zealand , on Friday .".split(" ");
    String[] many = new String[NerFeatureGenerator.MAX_WORDS + 300];
    for (int i = 0; i < many.length; i++) {
      many[i] = (i % 2 == 0 ? "Council" : "lena") + i;
    }
    NerFeatureGenerator remembering = new NerFeatureGenerator(gazetteer, null, true, 2, true);
    List<String> seen = allFeatures(remembering, news, many, news, news);

    List<String> expected = new ArrayList<>();
    for (String[] sentence : List.of(news, many, news, news)) {
      // A new generator for every sentence has nothing remembered.
      expected.addAll(allFeatures(new NerFeatureGenerator(gazetteer, null, true, 2, true), sentence));
    }
    assertEquals(expected, seen);
    assertTrue(seen.contains("w-2=german") && seen.contains("suf3=ndt") && seen.contains("nh=brandt"),
        seen.subList(0, 40).toString());
  }

  @Test
  void wordShapesCollapseCharacterClasses() {
    assertEquals("Xx", WordShape.of("Zelenskyy"));
    assertEquals("XxXx", WordShape.of("McDonald"));
    assertEquals("X.X.", WordShape.of("U.S."));
    assertEquals("Xd", WordShape.of("MI6"));
    assertEquals("d,d", WordShape.of("2,000"));
  }

  @Test
  void titleBeforeACapitalisedWordIsAFeature() {
    List<String> f = features("German Chancellor Lena Brandt spoke", 2);

    assertTrue(f.contains("ttl,cap"), f.toString());
    assertTrue(f.contains("g=F"), f.toString());
    assertTrue(f.contains("g-1=T"), f.toString());
  }

  @Test
  void multiWordTitlesAndPlacesAreMatchedAsPhrases() {
    List<String> afterTitle = features("the Prime Minister Ardent said", 3);
    assertTrue(afterTitle.contains("ttl,cap"), afterTitle.toString());

    List<String> inPlace = features("flights to New Zealand resumed", 3);
    assertTrue(inPlace.contains("gpI=K"), inPlace.toString());
    assertTrue(features("flights to New Zealand resumed", 2).contains("gpB=K"));
  }

  @Test
  void unknownCapitalisedWordsAndSentenceInitialCommonWordsAreMarked() {
    assertTrue(features("talks in Qorvath ended", 2).contains("g=unk"));
    List<String> initial = features("The talks ended", 0);
    assertTrue(initial.contains("g=L,ini"), initial.toString());
    assertFalse(initial.contains("g=unk"), initial.toString());
  }

  @Test
  void typographicApostrophesLookLikeAsciiOnes() {
    assertTrue(features("Wellington ’s port", 0).contains("w+1='s"));
    assertEquals("\"", NerFeatureGenerator.normalize("“"));
    assertEquals("\"", NerFeatureGenerator.normalize("``"));
  }
}
