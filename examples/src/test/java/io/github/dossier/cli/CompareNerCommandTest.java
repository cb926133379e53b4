package io.github.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare-ner}: agreement of two systems on raw articles ({@link CapitalisedLocationsSystem}
 * is registered in the test resources).
 */
class CompareNerCommandTest {

  private static final String ARTICLES = String.join("\n",
      "{\"id\": \"a1\", \"text\": \"Chancellor Olaf Scholz met officials in Warsaw on Tuesday.\"}",
      "{\"id\": \"a2\", \"text\": \"The European Commission fined the company. Paris said nothing.\"}",
      "{\"id\": \"a3\", \"text\": \"Rain fell in Lyon.\"}",
      "");

  @Test
  void countsTheNamesBothFindOneFindsOrTypeDifferently(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("news.jsonl"), ARTICLES);
    DossierCliTest.Run run = DossierCliTest.dossier("compare-ner", "--json", "--system", "dossier",
        "--system", "capitalised-locations", "--limit", "2", file.toString());
    assertEquals(0, run.code(), run.err());
    JsonNode json = run.json();
    assertEquals("dossier", json.get("systems").get(0).asText());
    assertEquals(2, json.get("articles").asInt());
    // The naive system calls every capitalised word a place: it agrees on Warsaw and Paris, and
    // finds 7 words the model does not tag as names on their own (Chancellor, Olaf, Scholz,
    // Tuesday, The, European, Commission); the model's multi-word names are names it never forms.
    assertEquals(2, json.get("both").asInt());
    assertEquals(0, json.get("type_differs").asInt());
    assertEquals(7, json.get("only").get("capitalised-locations").asInt(), json::toString);
    int onlyModel = json.get("only").get("dossier").asInt();
    assertTrue(onlyModel >= 1, json::toString);
    // P = both / (both + only dossier), R = both / (both + only the reference).
    assertEquals(Math.round(2.0 / (2 + onlyModel) * 10_000) / 10_000.0, json.get("agreement").get("p").asDouble());
    assertEquals(0.2222, json.get("agreement").get("r").asDouble());
  }

  @Test
  void aSystemComparedWithItselfAgreesFullyAndShowPrintsNoDifference(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("news.jsonl"), ARTICLES);
    DossierCliTest.Run run = DossierCliTest.dossier("compare-ner", "--json", "--system", "dossier",
        "--system", "dossier", file.toString());
    assertNotEquals(0, run.code());
    assertTrue(run.err().contains("two different --system names"), run.err());

    DossierCliTest.Run text = DossierCliTest.dossier("compare-ner", "--show", "--skip", "2",
        "--system", "capitalised-locations", "--system", "dossier", file.toString());
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("1 articles: 1 names found by both with the same type"), text.out());
    assertTrue(text.out().contains("only capitalised-locations: Rain LOC"), text.out());
  }
}
