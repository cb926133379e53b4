package io.github.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The research commands end to end over three wire articles indexed with the shipped tagger.
 * Article, source and date counts are exact; entity assertions rely only on the unambiguous
 * "Prime Minister Mark Carney".
 */
class ResearchCommandsTest {

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
  static String index;

  @BeforeAll
  static void indexWire() throws IOException {
    Path corpus = Files.createDirectories(shared.resolve("corpus"));
    Files.writeString(corpus.resolve("wire.jsonl"),
        "{\"id\": \"w1\", \"title\": \"Budget vote\", \"source\": \"Wire\", \"date\": \"2025-01-06\", "
            + "\"text\": \"Lawmakers in Ottawa approved the budget. Prime Minister Mark Carney called it a plan "
            + "for Canada. Carney thanked the Bank of Canada.\"}\n"
            + "{\"id\": \"w2\", \"title\": \"Trade talks\", \"source\": \"Wire\", \"date\": \"2025-03-20\", "
            + "\"text\": \"Prime Minister Mark Carney met European leaders in Brussels on Thursday. "
            + "The talks covered steel tariffs.\"}\n"
            + "{\"id\": \"w3\", \"title\": \"Storm\", \"source\": \"Gazette\", \"date\": \"2025-03-22\", "
            + "\"text\": \"A storm closed roads across the province on Saturday. Crews worked through "
            + "the night.\"}\n");
    index = shared.resolve("index").toString();
    Run run = dossier("index", "--index", index, corpus.toString());
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void facetsCountSourcesAndZeroFilledMonths() throws IOException {
    Run run = dossier("facets", "--index", index, "--json");
    assertEquals(0, run.code(), run.err());
    JsonNode json = run.json();
    assertTrue(json.get("query").isNull());
    assertEquals(3, json.get("articles").asInt());
    assertEquals("Wire", json.get("sources").get(0).get("source").asText());
    assertEquals(2, json.get("sources").get(0).get("articles").asInt());
    assertEquals("Gazette", json.get("sources").get(1).get("source").asText());
    JsonNode dates = json.get("dates");
    assertEquals("month", dates.get("interval").asText());
    assertEquals("articles", dates.get("counts").asText());
    assertEquals(0, dates.get("undated").asInt());
    List<String> buckets = new ArrayList<>();
    dates.get("buckets").forEach(b -> buckets.add(b.get("label").asText() + "=" + b.get("articles").asInt()));
    assertEquals(List.of("2025-01=1", "2025-02=0", "2025-03=2"), buckets);
    assertEquals("2025-02-01T00:00:00Z", dates.get("buckets").get(1).get("start").asText());
    boolean carney = false;
    for (JsonNode p : json.get("entities").get("PERSON")) {
      if (p.get("name").asText().equals("Mark Carney")) {
        carney = true;
        assertEquals(2, p.get("articles").asInt());
        assertEquals(3, p.get("mentions").asInt());
      }
    }
    assertTrue(carney, json.toString());
  }

  @Test
  void facetsAsCsvWithWeeksAndARange() {
    Run run = dossier("facets", "--index", index, "--format", "csv", "--interval", "week",
        "--from", "2025-03-17", "--to", "2025-03-23", "source:wire");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("facet,name,key,articles,mentions", lines.get(0));
    assertTrue(lines.contains("source,Wire,,2,"), lines.toString());
    assertTrue(lines.contains("week,2025-W12,,1,"), lines.toString());
    assertEquals(1, lines.stream().filter(l -> l.startsWith("week,")).count(), lines.toString());
  }

  @Test
  void timelineOfAPersonPerMonth() throws IOException {
    Run run = dossier("timeline", "--index", index, "--entity", "Carney", "--type", "person", "--json");
    assertEquals(0, run.code(), run.err());
    JsonNode s = run.json().get("series").get(0);
    assertEquals("Mark Carney", s.get("name").asText());
    assertEquals("PERSON", s.get("type").asText());
    List<String> points = new ArrayList<>();
    s.get("points").forEach(p -> points.add(
        p.get("label").asText() + "=" + p.get("articles").asInt() + "/" + p.get("mentions").asInt()));
    assertEquals(List.of("2025-01=1/2", "2025-02=0/0", "2025-03=1/1"), points);
    Run csv = dossier("timeline", "--index", index, "--entity", "Mark Carney", "--format", "csv",
        "--interval", "day", "--from", "2025-03-19", "--to", "2025-03-21");
    List<String> lines = csv.out().lines().toList();
    assertEquals("type,key,name,bucket,start,end,articles,mentions", lines.get(0));
    assertEquals(4, lines.size(), csv.out());
    assertTrue(lines.get(2).contains(",2025-03-20,2025-03-20T00:00:00Z,2025-03-21T00:00:00Z,1,1"), lines.get(2));
  }

  @Test
  void mentionsShowSentencesWithOffsets() throws IOException {
    Run run = dossier("mentions", "--index", index, "--entity", "Carney", "--json");
    assertEquals(0, run.code(), run.err());
    JsonNode json = run.json();
    assertEquals(2, json.get("articles").asInt());
    JsonNode first = json.get("sentences").get(0);
    assertEquals("w2", first.get("article").asText(), "newest article first");
    assertEquals("2025-03-20T00:00:00Z", first.get("published").asText());
    String sentence = first.get("sentence").asText();
    JsonNode h = first.get("highlights").get(0);
    assertEquals(h.get("text").asText(), sentence.substring(h.get("start").asInt(), h.get("end").asInt()));
    assertEquals(3, json.get("sentences").size());
    Run text = dossier("mentions", "--index", index, "--entity", "Carney", "--limit", "1");
    assertTrue(text.out().contains("2025-03-20  w2 #0  Prime Minister «Mark Carney» met"), text.out());
  }

  @Test
  void cooccurAndNetworkFormats() throws Exception {
    Run run = dossier("cooccur", "--index", index, "--entity", "Carney", "--json");
    assertEquals(0, run.code(), run.err());
    JsonNode json = run.json();
    assertEquals("article", json.get("level").asText());
    assertEquals("articles", json.get("unit").asText());
    assertEquals(3, json.get("units").asInt());
    assertEquals(2, json.get("occurrences").asInt());
    for (JsonNode a : json.get("associations")) {
      assertTrue(a.get("together").asInt() >= 1 && a.has("pmi") && a.has("logLikelihood"), a.toString());
    }
    Run sentences = dossier("cooccur", "--index", index, "--entity", "Carney", "--level", "sentence", "--json");
    assertEquals(5, sentences.json().get("units").asInt(), "sentences of w1 (3) and w2 (2)");

    Run csv = dossier("network", "--index", index);
    assertEquals(0, csv.code(), csv.err());
    assertEquals("Source,Target,Type,Weight,PMI,LogLikelihood,SourceName,TargetName",
        csv.out().lines().findFirst().orElseThrow());
    for (String format : List.of("graphml", "gexf")) {
      Run xml = dossier("network", "--index", index, "--format", format, "--level", "sentence");
      assertEquals(0, xml.code(), xml.err());
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.out().getBytes(StandardCharsets.UTF_8)));
      assertTrue(doc.getElementsByTagName("node").getLength() > 0, xml.out());
    }
    JsonNode net = dossier("network", "--index", index, "--json").json();
    assertEquals(3, net.get("units").asInt());
    assertEquals("articles", net.get("unit").asText());
    assertTrue(net.get("nodes").get(0).get("id").asText().contains(":"), net.toString());
  }

  @Test
  void exportStreamsJsonLinesAndCsv() throws IOException {
    Run run = dossier("export", "--index", index, "--body", "source:wire");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      JsonNode a = Json.MAPPER.readTree(line);
      ids.add(a.get("id").asText());
      assertEquals("Wire", a.get("source").asText());
      assertTrue(a.get("body").asText().contains("Carney"), line);
      boolean carney = false;
      for (JsonNode e : a.get("entities")) {
        carney |= e.get("name").asText().equals("Mark Carney") && e.get("type").asText().equals("PERSON");
      }
      assertTrue(carney, line);
    }
    assertEquals(List.of("w1", "w2"), ids.stream().sorted().toList());
    Run csv = dossier("export", "--index", index, "--format", "csv");
    List<String> rows = csv.out().lines().toList();
    assertEquals("id,published,source,title,url,persons,places,orgs", rows.get(0));
    assertEquals(4, rows.size(), csv.out());
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("w1,2025-01-06T00:00:00Z,Wire,Budget vote,,")
        && r.contains("Mark Carney (2)")), csv.out());
  }

  @Test
  void similarFindsTheOtherCarneyArticle() throws IOException {
    Run run = dossier("similar", "--index", index, "--json", "w1");
    assertEquals(0, run.code(), run.err());
    JsonNode json = run.json();
    assertEquals("w2", json.get("hits").get(0).get("id").asText());
    for (JsonNode hit : json.get("hits")) {
      assertTrue(!hit.get("id").asText().equals("w1"), json.toString());
    }
    Run unknown = dossier("similar", "--index", index, "zz");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no article with id 'zz'"), unknown.err());
  }

  @Test
  void benchBuildsAVariedIndexAndComparesWithLucene() throws IOException {
    Path news = Files.createDirectories(shared.resolve("news"));
    Files.writeString(news.resolve("news.jsonl"),
        "{\"id\": \"n1\", \"title\": \"Budget\", \"date\": \"2025-01-06\", \"source\": \"Wire\", "
            + "\"text\": \"Prime Minister Mark Carney presented the budget in Ottawa.\\n\\n"
            + "The government expects growth next year.\"}\n"
            + "{\"id\": \"n2\", \"title\": \"Storm\", \"date\": \"2025-02-01\", \"source\": \"Post\", "
            + "\"cited_outlets\": [\"Gazette\"], \"text\": \"A storm hit the coast. Police closed roads.\"}\n");
    Path benchIndex = shared.resolve("bench-index");
    Run run = dossier("bench", "--corpus", news.toString(), "--index", benchIndex.toString(),
        "--articles", "40", "--runs", "4", "--warm-up", "0");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("3 paragraphs read"), run.out());
    assertTrue(run.out().contains("40 articles indexed"), run.out());
    assertTrue(run.out().contains("Dossier p50 / p99 ms"), run.out());
    assertTrue(run.out().contains("12-month timeline of a frequent person"), run.out());
    assertFalse(run.out().contains("DIFFERENT"), "Dossier and Lucene compute the same answers: " + run.out());
    JsonNode facets = dossier("facets", "--index", benchIndex.toString(), "--json").json();
    assertEquals(40, facets.get("articles").asInt());
    assertTrue(facets.get("dates").get("buckets").size() > 12, "dates spread over more than a year");
  }

  @Test
  void badOptionsAreOneLineErrors() {
    Run run = dossier("timeline", "--index", index, "--entity", "Nobody Atall");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("no entity named 'Nobody Atall'"), run.err());
    Run interval = dossier("facets", "--index", index, "--interval", "fortnight");
    assertTrue(interval.err().contains("unknown --interval 'fortnight'"), interval.err());
    Run date = dossier("facets", "--index", index, "--from", "2025-13");
    assertTrue(date.err().contains("invalid --from '2025-13'"), date.err());
    Run format = dossier("network", "--index", index, "--format", "dot");
    assertTrue(format.err().contains("use csv, graphml or gexf"), format.err());
  }
}
