package io.github.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train-ner} and {@code eval-ner} on tiny corpora written here. */
class NerCommandsTest {

  /** Two documents, three sentences, in the two-column layout; one MISC entity that must be ignored. */
  static final String TSV = String.join("\n",
      "-DOCSTART-\tO", "",
      "Chancellor\tO", "Olaf\tB-PER", "Scholz\tI-PER", "visited\tO", "Warsaw\tB-LOC", "on\tO", "Monday\tO", ".\tO", "",
      "Scholz\tB-PER", "met\tO", "officials\tO", "of\tO", "the\tO", "European\tB-ORG", "Commission\tI-ORG", ".\tO", "",
      "-DOCSTART-\tO", "",
      "The\tO", "Olympics\tB-MISC", "opened\tO", "in\tO", "Paris\tB-LOC", ".\tO", "", "");

  /** The same kind of data in the UNER .iob2 layout, with comments. */
  static final String IOB2 = String.join("\n",
      "# newdoc id = doc1", "# sent_id = 1", "# text = Maria Silva lives in Lisbon.",
      "1\tMaria\tB-PER\t-\t-", "2\tSilva\tI-PER\t-\t-", "3\tlives\tO\t-\t-", "4\tin\tO\t-\t-",
      "5\tLisbon\tB-LOC\t-\t-", "6\t.\tO\t-\t-", "", "");

  @Test
  void evalNerPrintsTheContractJsonForBothLayouts(@TempDir Path tmp) throws IOException {
    Path tsv = Files.writeString(tmp.resolve("gold.tsv"), TSV);
    Path iob2 = Files.writeString(tmp.resolve("gold.iob2"), IOB2);
    DossierCliTest.Run run = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--json", tsv.toString(), iob2.toString());
    assertEquals(0, run.code(), run.err());
    JsonNode files = run.json().get("files");
    assertEquals(2, files.size());
    JsonNode first = files.get(0);
    assertTrue(first.get("file").asText().endsWith("gold.tsv"), first.toString());
    assertEquals("sentences", first.get("mode").asText());
    assertEquals(3, first.get("sentences").asInt());
    assertEquals(22, first.get("tokens").asInt());
    for (String type : new String[] {"PER", "LOC", "ORG"}) {
      JsonNode s = first.get("types").get(type);
      for (String k : new String[] {"p", "r", "f1"}) {
        double v = s.get(k).asDouble();
        assertTrue(v >= 0 && v <= 1, type + "." + k + " = " + v);
      }
    }
    assertTrue(first.get("micro").has("f1"));
    assertTrue(first.get("tokens_per_second").asLong() > 0);
    assertTrue(first.get("tokens_per_cpu_second").asLong() > 0);
    assertEquals(1, files.get(1).get("sentences").asInt());
    assertEquals(6, files.get(1).get("tokens").asInt());

    DossierCliTest.Run docs = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--json", "--documents", tsv.toString());
    assertEquals("documents", docs.json().get("files").get(0).get("mode").asText());
  }

  @Test
  void trainNerWritesAModelThatEvalNerLoads(@TempDir Path tmp) throws IOException {
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      corpus.append(TSV);
    }
    Path train = Files.writeString(tmp.resolve("train.tsv"), corpus);
    Path config = Files.writeString(tmp.resolve("train.properties"), "iterations=10\ncutoff=0\n");
    Path model = tmp.resolve("tiny.bin");
    DossierCliTest.Run run = DossierCliTest.dossier("train-ner", "--out", model.toString(),
        "--config", config.toString(), train.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.size(model) > 0);
    assertTrue(run.out().contains("60 sentences"), run.out());

    Path gold = Files.writeString(tmp.resolve("gold.tsv"), TSV);
    // Documents are trained with their context (the second "Scholz" after "Olaf Scholz"), so they
    // are scored as documents too.
    JsonNode eval = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--json", "--documents", "--model", model.toString(),
        gold.toString()).json();
    assertEquals(1.0, eval.get("files").get(0).get("micro").get("f1").asDouble(), 1e-9,
        "a model scores perfectly on the very documents it was trained on, many times over");
  }

  @Test
  void benchTaggerPrintsLoadTimeHeapAndThroughput(@TempDir Path tmp) throws IOException {
    Path news = Files.writeString(tmp.resolve("news.jsonl"),
        "{\"id\": \"a\", \"text\": \"Chancellor Olaf Scholz visited Warsaw on Monday.\"}\n"
            + "{\"id\": \"b\", \"text\": \"Officials of the European Commission met in Brussels.\"}\n");
    DossierCliTest.Run run = DossierCliTest.dossier("bench-tagger", "--seconds", "1", news.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("2 articles, 15 whitespace tokens"), run.out());
    assertTrue(run.out().matches("(?s).*load \\(first tag included\\): \\d+\\.\\d+ s.*"), run.out());
    assertTrue(run.out().matches("(?s).*heap held after loading: -?\\d+\\.\\d MB.*"), run.out());
    assertTrue(run.out().matches("(?s).*throughput, 1 thread: \\d+ tokens/s.*"), run.out());
    DossierCliTest.Run empty = DossierCliTest.dossier("bench-tagger", Files.writeString(tmp.resolve("e.jsonl"), "\n").toString());
    assertEquals(1, empty.code());
    assertTrue(empty.err().contains("no article text"), empty.err());
  }

  @Test
  void badTrainingConfigIsNamed(@TempDir Path tmp) throws IOException {
    Path config = Files.writeString(tmp.resolve("bad.properties"), "iteratons=10\n");
    Path train = Files.writeString(tmp.resolve("train.tsv"), TSV);
    DossierCliTest.Run run = DossierCliTest.dossier("train-ner", "--out", tmp.resolve("m.bin").toString(),
        "--config", config.toString(), train.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("iteratons"), run.err());
  }
}
