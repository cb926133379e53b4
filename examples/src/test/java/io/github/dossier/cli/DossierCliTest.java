package io.github.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in process, with the shipped tagger. */
class DossierCliTest {

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return Json.MAPPER.readTree(out);
    }
  }

  static Run dossier(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DossierCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir static Path shared;
  static Path corpus;
  static Path index;

  @BeforeAll
  static void indexACorpus() throws IOException {
    corpus = Files.createDirectories(shared.resolve("corpus"));
    Files.writeString(corpus.resolve("geneva.txt"),
        "Talks resume in Geneva\n\n"
            + "Iranian Foreign Minister Abbas Araghchi met European diplomats in Geneva on Tuesday. "
            + "Araghchi said Iran was ready to discuss its nuclear programme with the European Union.\n");
    Files.writeString(corpus.resolve("wire.jsonl"),
        "{\"id\": \"w1\", \"title\": \"Storm in Manila\", \"source\": \"Wire\", \"date\": \"2024-07-02\", "
            + "\"text\": \"A typhoon struck Manila on Monday. President Ferdinand Marcos Jr. ordered schools closed, "
            + "and the Red Cross sent volunteers to the Philippines capital.\"}\n"
            + "{\"id\": \"w2\", \"title\": \"Budget vote\", \"source\": \"Wire\", \"date\": \"2025-02-11\", "
            + "\"text\": \"Lawmakers in Ottawa approved the budget. Prime Minister Mark Carney called it a plan "
            + "for Canada. Carney thanked the Bank of Canada.\"}\n");
    index = shared.resolve("index");
    Run run = dossier("index", "--index", index.toString(), corpus.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("3 added, 0 updated, 0 failed"), run.out());
  }

  @Test
  void searchByPersonPrintsTheContractJson() throws IOException {
    Run run = dossier("search", "--index", index.toString(), "--json", "person:Carney");
    assertEquals(0, run.code(), run.err());
    JsonNode json = run.json();
    assertEquals(1, json.get("total").asInt());
    JsonNode hit = json.get("hits").get(0);
    assertEquals("w2", hit.get("id").asText());
    assertEquals("Budget vote", hit.get("title").asText());
    assertTrue(hit.get("score").isNumber());
    assertEquals("2025-02-11T00:00:00Z", hit.get("published").asText());
    assertTrue(hit.has("snippet"));
    Set<String> names = new HashSet<>();
    hit.get("entities").forEach(e -> names.add(e.get("type").asText() + ":" + e.get("name").asText()));
    assertTrue(names.contains("PERSON:Mark Carney"), names.toString());
  }

  @Test
  void searchCombinesTextPlaceAndDateClauses() throws IOException {
    JsonNode json = dossier("search", "--index", index.toString(), "--json",
        "typhoon place:Manila date:[2024-01-01 TO 2024-12-31]").json();
    assertEquals(1, json.get("total").asInt());
    assertEquals("w1", json.get("hits").get(0).get("id").asText());
    JsonNode none = dossier("search", "--index", index.toString(), "--json",
        "typhoon date:[2025-01-01 TO *]").json();
    assertEquals(0, none.get("total").asInt());
  }

  @Test
  void cursorPagingWalksAllHitsInDateOrderWithoutRepeats() throws IOException {
    JsonNode first = dossier("search", "--index", index.toString(), "--json", "--limit", "1",
        "--sort", "oldest", "date:*").json();
    assertEquals(2, first.get("total").asInt());
    assertEquals("w1", first.get("hits").get(0).get("id").asText());
    String cursor = first.get("next").asText();
    JsonNode second = dossier("search", "--index", index.toString(), "--json", "--limit", "1",
        "--sort", "oldest", "--cursor", cursor, "date:*").json();
    assertEquals("w2", second.get("hits").get(0).get("id").asText());
    JsonNode newest = dossier("search", "--index", index.toString(), "--json", "--limit", "5",
        "--sort", "newest", "date:*").json();
    assertEquals("w2", newest.get("hits").get(0).get("id").asText());
    assertTrue(newest.get("next").isNull(), "one page holds everything");
    Run bad = dossier("search", "--index", index.toString(), "--sort", "popular", "x");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--sort"), bad.err());
  }

  @Test
  void plainTextFilesAreFoundByTheirPathAndTitle() throws IOException {
    JsonNode json = dossier("search", "--index", index.toString(), "--json", "person:Araghchi").json();
    assertEquals(1, json.get("total").asInt());
    assertEquals("geneva.txt", json.get("hits").get(0).get("id").asText());
    assertEquals("Talks resume in Geneva", json.get("hits").get(0).get("title").asText());
  }

  @Test
  void entitiesCountsArticlesAndMentions() throws IOException {
    JsonNode json = dossier("entities", "--index", index.toString(), "--type", "person", "--json").json();
    JsonNode carney = null;
    for (JsonNode e : json.get("entities")) {
      assertEquals("PERSON", e.get("type").asText());
      if (e.get("name").asText().equals("Mark Carney")) {
        carney = e;
      }
    }
    assertTrue(carney != null, json.toString());
    assertEquals(1, carney.get("articles").asInt());
    assertEquals(2, carney.get("mentions").asInt(), "\"Mark Carney\" and the later \"Carney\"");
  }

  @Test
  void tagPrintsOneJsonObjectPerFile() throws IOException {
    Run run = dossier("tag", "--json", corpus.resolve("geneva.txt").toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(1, lines.size());
    JsonNode json = Json.MAPPER.readTree(lines.get(0));
    assertEquals(corpus.resolve("geneva.txt").toString(), json.get("file").asText());
    JsonNode araghchi = null;
    for (JsonNode e : json.get("entities")) {
      if (e.get("name").asText().equals("Abbas Araghchi")) {
        araghchi = e;
      }
    }
    assertTrue(araghchi != null, json.toString());
    assertEquals("PERSON", araghchi.get("type").asText());
    assertEquals(2, araghchi.get("count").asInt());
    List<String> forms = new ArrayList<>();
    araghchi.get("mentions").forEach(m -> forms.add(m.asText()));
    assertEquals(List.of("Abbas Araghchi", "Araghchi"), forms);
  }

  @Test
  void aBadQueryIsOneLineNamingTheProblem() {
    Run run = dossier("search", "--index", index.toString(), "persn:Carney");
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("persn"), run.err());
    Run quote = dossier("search", "--index", index.toString(), "\"unbalanced quote");
    assertEquals(1, quote.code());
    assertTrue(quote.err().toLowerCase().contains("quote"), quote.err());
  }

  @Test
  void aMissingIndexIsReported() {
    Run run = dossier("search", "--index", shared.resolve("nowhere").toString(), "anything");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("no Dossier index"), run.err());
    assertTrue(run.err().contains("nowhere"), run.err());
  }

  @Test
  void unreadableFilesAreSkippedTheRestIndexedAndNothingEarlierLost(@TempDir Path tmp) throws IOException {
    Path idx = tmp.resolve("idx");
    Path first = Files.writeString(tmp.resolve("first.txt"), "First story\n\nFloods hit Dhaka on Sunday.");
    assertEquals(0, dossier("index", "--index", idx.toString(), first.toString()).code());

    Path batch = Files.createDirectories(tmp.resolve("batch"));
    Files.writeString(batch.resolve("good.txt"), "Second story\n\nFire in Lisbon.");
    Files.write(batch.resolve("bad.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(batch.resolve("bad.jsonl"), "{\"id\": \"x\"}\n");
    Run run = dossier("index", "--index", idx.toString(), batch.toString(), tmp.resolve("missing.txt").toString());
    assertEquals(1, run.code(), "failures give a non-zero exit");
    assertTrue(run.err().contains("bad.txt") && run.err().contains("UTF-8"), run.err());
    assertTrue(run.err().contains("bad.jsonl:1") && run.err().contains("'body'"), run.err());
    assertTrue(run.err().contains("missing.txt"), run.err());
    assertTrue(run.out().contains("1 added, 0 updated, 3 failed"), run.out());
    assertTrue(run.out().contains("the index holds 2 articles"), run.out());

    JsonNode dhaka = dossier("search", "--index", idx.toString(), "--json", "Dhaka").json();
    assertEquals(1, dhaka.get("total").asInt(), "the article indexed before is still there");
  }

  @Test
  void reindexingAnArticleUpdatesIt(@TempDir Path tmp) throws IOException {
    Path idx = tmp.resolve("idx");
    Path file = Files.writeString(tmp.resolve("story.txt"), "Story\n\nProtests in Tbilisi.");
    assertEquals(0, dossier("index", "--index", idx.toString(), file.toString()).code());
    Files.writeString(file, "Story\n\nProtests in Yerevan.");
    Run run = dossier("index", "--index", idx.toString(), file.toString());
    assertTrue(run.out().contains("0 added, 1 updated"), run.out());
    assertEquals(0, dossier("search", "--index", idx.toString(), "--json", "Tbilisi").json().get("total").asInt());
    assertEquals(1, dossier("search", "--index", idx.toString(), "--json", "Yerevan").json().get("total").asInt());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "index", "search", "entities", "tag"}) {
      Run run = dossier(command, "--help");
      assertEquals(0, run.code(), command);
      assertTrue(run.out().contains("Usage: dossier " + command), run.out());
    }
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    Run run = dossier("search", "--index", index.toString(), "--limt", "3", "x");
    assertEquals(2, run.code());
    assertFalse(run.err().isBlank());
  }
}
