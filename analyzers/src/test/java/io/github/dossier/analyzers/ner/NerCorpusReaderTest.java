package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusReaderTest {

  private static List<NerDocument> fixture(String name, NerCorpusReader.Layout layout) throws IOException {
    try (InputStream in = NerCorpusReaderTest.class.getResourceAsStream(name)) {
      return NerCorpusReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), layout, name);
    }
  }

  @Test
  void twoColumnFileSplitsDocumentsAtDocstartAndSentencesAtBlankLines() throws IOException {
    List<NerDocument> docs = fixture("two-column.tsv", NerCorpusReader.Layout.TWO_COLUMN);

    assertEquals(2, docs.size());
    assertEquals(2, docs.get(0).sentences().size());
    assertEquals(1, docs.get(1).sentences().size());
    assertEquals("two-column.tsv#1", docs.get(0).id());
    NerSentence first = docs.get(0).sentences().get(0);
    assertEquals(List.of("Angela", "Voss", "visited", "Tallinn", "."), first.tokens());
    assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "O"), first.tags());
  }

  @Test
  void twoColumnLinesStartingWithHashAreTokensNotComments() throws IOException {
    List<NerDocument> docs = fixture("two-column.tsv", NerCorpusReader.Layout.TWO_COLUMN);

    NerSentence tweet = docs.get(0).sentences().get(1);
    assertEquals("#Tallinn", tweet.tokens().get(0));
    assertEquals("B-LOC", tweet.tags().get(0));
    NerSentence hashOnly = docs.get(1).sentences().get(0);
    assertEquals("#", hashOnly.tokens().get(0));
    assertEquals(7, hashOnly.size());
  }

  @Test
  void miscBecomesOutsideAndStrayInsideTagsBecomeBegin() throws IOException {
    List<NerDocument> docs = fixture("two-column.tsv", NerCorpusReader.Layout.TWO_COLUMN);

    // "Nordic/B-MISC Bank/I-ORG": MISC is dropped, so the I-ORG now starts an ORG.
    assertEquals(List.of("B-LOC", "O", "O", "B-ORG"), docs.get(0).sentences().get(1).tags());
    // "#/O Voss/I-PER": an I-PER after O starts a person.
    assertEquals("B-PER", docs.get(1).sentences().get(0).tags().get(1));
  }

  @Test
  void unerFileSkipsCommentsAndStartsDocumentsAtNewdoc() throws IOException {
    List<NerDocument> docs = fixture("uner.iob2", NerCorpusReader.Layout.UNER);

    assertEquals(2, docs.size());
    assertEquals("blog-0001", docs.get(0).id());
    assertEquals("review-0002", docs.get(1).id());
    assertEquals(2, docs.get(0).sentences().size());
    NerSentence first = docs.get(0).sentences().get(0);
    assertEquals(List.of("Mira", "Holt", "lives", "in", "Quito", "."), first.tokens());
    assertEquals(List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O"), first.tags());
    assertEquals(List.of("O", "O", "B-LOC"), docs.get(0).sentences().get(1).tags());
    assertEquals(List.of("B-ORG", "I-ORG", "O"), docs.get(1).sentences().get(0).tags());
  }

  @Test
  void layoutIsGuessedFromTheFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sample.iob2");
    try (InputStream in = NerCorpusReaderTest.class.getResourceAsStream("uner.iob2")) {
      Files.copy(in, file);
    }

    List<NerDocument> docs = NerCorpusReader.read(file);

    assertEquals(NerCorpusReader.Layout.UNER, NerCorpusReader.Layout.forFileName("x.iob2.gz"));
    assertEquals(NerCorpusReader.Layout.TWO_COLUMN, NerCorpusReader.Layout.forFileName("dev.tsv"));
    assertEquals(3, docs.stream().mapToInt(d -> d.sentences().size()).sum());
  }

  @Test
  void fileWithoutDocstartIsOneDocument() throws IOException {
    List<NerDocument> docs = NerCorpusReader.read(
        new StringReader("Rain\tO\n\nOslo\tB-LOC\nwins\tO\n"), NerCorpusReader.Layout.TWO_COLUMN, "tweets");

    assertEquals(1, docs.size());
    assertEquals(2, docs.get(0).sentences().size());
  }

  @Test
  void malformedLinesAreReportedWithTheirLineNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NerCorpusReader.read(
        new StringReader("Oslo\tB-LOC\nno-tag-here\n"), NerCorpusReader.Layout.TWO_COLUMN, "bad.tsv"));
    assertTrue(e.getMessage().contains("bad.tsv line 2"), e.getMessage());

    IllegalArgumentException tag = assertThrows(IllegalArgumentException.class, () -> NerCorpusReader.read(
        new StringReader("Oslo\tX-LOC\n"), NerCorpusReader.Layout.TWO_COLUMN, "bad.tsv"));
    assertTrue(tag.getMessage().contains("X-LOC"), tag.getMessage());
  }

  @Test
  void corpusSpecSplitsDocumentsIntoTrainAndHeldOutParts(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int d = 1; d <= 10; d++) {
      text.append("-DOCSTART-\n\nDoc").append(d).append("\tO\n\n");
    }
    Path file = dir.resolve("ten.tsv");
    Files.writeString(file, text);

    List<NerDocument> train = CorpusSpec.parse(file + "?docs=train/5").read();
    List<NerDocument> heldOut = CorpusSpec.parse(file + "?docs=heldout/5").read();

    assertEquals(8, train.size());
    assertEquals(List.of("Doc5", "Doc10"),
        heldOut.stream().map(d -> d.sentences().get(0).tokens().get(0)).toList());
    assertThrows(IllegalArgumentException.class, () -> CorpusSpec.parse(file + "?docs=dev/5"));
    assertThrows(IllegalArgumentException.class, () -> CorpusSpec.parse(file + "?weight=2"));
  }

  @Test
  void corpusSpecExcludeIsTheComplementOfSample(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < 12; s++) {
      text.append("S").append(s).append("\tO\n\n");
    }
    Path file = dir.resolve("twelve.tsv");
    Files.writeString(file, text);

    assertEquals(List.of("S0", "S5", "S10"), firstTokens(CorpusSpec.parse(file + "?sample=5")));
    assertEquals(List.of("S1", "S2", "S3", "S4", "S6", "S7", "S8", "S9", "S11"),
        firstTokens(CorpusSpec.parse(file + "?exclude=5")));
    // sample=2 keeps the even sentences, exclude=5 then drops S0 and S10 (held out by sample=5).
    assertEquals(List.of("S2", "S4", "S6", "S8"), firstTokens(CorpusSpec.parse(file + "?exclude=5&sample=2")));
    assertEquals(file + "?sample=2&exclude=5", CorpusSpec.parse(file + "?exclude=5&sample=2").toString());
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> CorpusSpec.parse(file + "?exclude=1"));
    assertTrue(one.getMessage().contains("exclude"), one.getMessage());
  }

  private static List<String> firstTokens(CorpusSpec spec) throws IOException {
    return spec.read().stream()
        .flatMap(d -> d.sentences().stream())
        .map(s -> s.tokens().get(0))
        .toList();
  }
}
