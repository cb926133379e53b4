package io.github.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval-ner --system}: other systems, found on the class path, scored on the same gold tokens
 * as the model ({@link CapitalisedLocationsSystem} is registered in the test resources).
 */
class EvalNerSystemsTest {

  @Test
  void severalSystemsAreScoredOnEachFileInOrderAndNamed(@TempDir Path tmp) throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.tsv"), NerCommandsTest.TSV);
    DossierCliTest.Run run = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--json",
        "--system", "capitalised-locations", "--system", "dossier", gold.toString());
    assertEquals(0, run.code(), run.err());
    JsonNode files = run.json().get("files");
    assertEquals(2, files.size());

    JsonNode naive = files.get(0);
    assertEquals("capitalised-locations", naive.get("system").asText());
    assertEquals("sentences", naive.get("mode").asText());
    assertEquals(22, naive.get("tokens").asInt());
    // 11 capitalised tokens, all called LOC; 2 of them (Warsaw, Paris) are the gold locations, and
    // the 2 people and 1 organisation are missed: P = 2/11, R = 2/5, F1 = 4/16.
    JsonNode loc = naive.get("types").get("LOC");
    assertEquals(0.1818, loc.get("p").asDouble());
    assertEquals(1.0, loc.get("r").asDouble());
    assertEquals(0.0, naive.get("types").get("PER").get("r").asDouble());
    assertEquals(0.1818, naive.get("micro").get("p").asDouble());
    assertEquals(0.4, naive.get("micro").get("r").asDouble());
    assertEquals(0.25, naive.get("micro").get("f1").asDouble());
    assertTrue(naive.get("tokens_per_second").asLong() > 0);
    // Document level: 10 distinct capitalised words over the two documents ("Scholz" twice in the
    // first counts once); Warsaw and Paris are right, and Olaf Scholz, Scholz and European
    // Commission are missed: P = 2/10, R = 2/5.
    JsonNode document = naive.get("document_level");
    assertEquals(0.2, document.get("types").get("LOC").get("p").asDouble());
    assertEquals(0.2, document.get("micro").get("p").asDouble());
    assertEquals(0.4, document.get("micro").get("r").asDouble());
    assertEquals(0.2667, document.get("micro").get("f1").asDouble());

    JsonNode model = files.get(1);
    assertEquals("dossier", model.get("system").asText());
    assertEquals(naive.get("file").asText(), model.get("file").asText());
    assertEquals(22, model.get("tokens").asInt());
  }

  @Test
  void withoutSystemTheOutputIsTheUnnamedModelAsBefore(@TempDir Path tmp) throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.tsv"), NerCommandsTest.TSV);
    JsonNode only = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--json", gold.toString()).json().get("files");
    assertEquals(1, only.size());
    assertFalse(only.get(0).has("system"), only.toString());

    DossierCliTest.Run text = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--system", "capitalised-locations", gold.toString());
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith(gold + " [capitalised-locations] (sentences: 2 documents, 3 sentences, 22 tokens)"),
        text.out());
    assertTrue(text.out().contains("  micro   0.1818  0.4000  0.2500       5      11"), text.out());
    assertTrue(text.out().contains("  document level (distinct names per document, 2 documents):"), text.out());
    assertTrue(text.out().contains("  micro   0.2000  0.4000  0.2667       5      10"), text.out());
  }

  @Test
  void unknownSystemsDuplicatesAndAStrayModelAreNamed(@TempDir Path tmp) throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.tsv"), NerCommandsTest.TSV);
    DossierCliTest.Run unknown = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--system", "no-such-system", gold.toString());
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("unknown --system 'no-such-system' (known here: dossier, capitalised-locations"),
        unknown.err());
    assertTrue(unknown.err().contains("-Pstanford"), unknown.err());

    DossierCliTest.Run twice = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--system", "dossier", "--system", "dossier",
        gold.toString());
    assertEquals(1, twice.code());
    assertTrue(twice.err().contains("--system dossier is given twice"), twice.err());

    DossierCliTest.Run strayModel = DossierCliTest.dossier("eval-ner", "--warm-up", "0", "--model", tmp.resolve("m.bin").toString(),
        "--system", "capitalised-locations", gold.toString());
    assertEquals(1, strayModel.code());
    assertTrue(strayModel.err().contains("--model gives the model of --system dossier, which is not among the systems"),
        strayModel.err());
  }
}
