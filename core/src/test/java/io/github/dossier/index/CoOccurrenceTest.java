package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.EntityType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Co-occurrence and networks over the five {@link Research} articles. Counts are counted by hand;
 * scores are worked out by hand from the 2×2 tables given in the comments.
 */
class CoOccurrenceTest extends ResearchIndexTest {
  static final double EPS = 1e-4;


  private static void assertAssociation(
      Association a, EntityId id, long together, long occurrences, double pmi, double g2) {
    assertEquals(id, a.entity());
    assertEquals(together, a.together(), "together with " + id);
    assertEquals(occurrences, a.occurrences(), "occurrences of " + id);
    assertEquals(pmi, a.pmi(), EPS, "pmi of " + id);
    assertEquals(g2, a.logLikelihood(), EPS, "G2 of " + id);
  }

  @Test
  void articleLevelRanksByLogLikelihood() throws IOException {
    CoOccurrences c = index.cooccurrences(ALICE, ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 10);
    assertEquals("Alice Adams", c.name());
    assertEquals(5, c.units());
    assertEquals(4, c.occurrences()); // a1 a2 a4 a5
    List<Association> a = c.associations();
    assertEquals(5, a.size());
    // Bob: N=5 a=4 b=3 k=3; table 3 1 / 0 1; E = 2.4 1.6 / 0.6 0.4
    assertAssociation(a.get(0), BOB, 3, 3, Math.log(1.25) / Math.log(2), 2.23144);
    // Berlin: b=2 k=2; table 2 2 / 0 1
    assertAssociation(a.get(1), BERLIN, 2, 2, Math.log(1.25) / Math.log(2), 1.18496);
    // Paris: b=3 k=2 < E11=2.4, so negative
    assertAssociation(a.get(2), PARIS, 2, 3, Math.log(10.0 / 12) / Math.log(2), -1.18496);
    // Acme and Carol tie (b=2 k=1): by key
    assertAssociation(a.get(3), ACME, 1, 2, Math.log(5.0 / 8) / Math.log(2), -2.23144);
    assertAssociation(a.get(4), CAROL, 1, 2, Math.log(5.0 / 8) / Math.log(2), -2.23144);
    assertEquals("Acme", a.get(3).name());
    assertEquals(2, index.cooccurrences(ALICE, ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 2)
        .associations().size());
  }

  @Test
  void aQueryNarrowsTheUnits() throws IOException {
    CoOccurrences c = index.cooccurrences(ALICE, ArticleQuery.parse("source:wire"), CoOccurrenceLevel.ARTICLE, 10);
    // a1 a2 a5, all naming Alice: nothing can be more or less likely than expected
    assertEquals(3, c.units());
    assertEquals(3, c.occurrences());
    assertEquals(List.of(BERLIN, BOB, ACME, PARIS), // all scores 0: by together, then key
        c.associations().stream().map(Association::entity).toList());
    c.associations().forEach(x -> assertEquals(0.0, x.logLikelihood(), EPS));
    c.associations().forEach(x -> assertEquals(0.0, x.pmi(), EPS));
  }

  @Test
  void sentenceLevelCountsSentencesOfTheTargetsArticles() throws IOException {
    CoOccurrences c = index.cooccurrences(ALICE, ArticleQuery.all(), CoOccurrenceLevel.SENTENCE, 10);
    assertEquals(9, c.units()); // a1 3 + a2 2 + a4 2 + a5 2
    assertEquals(6, c.occurrences());
    List<Association> a = c.associations();
    // Carol shares no sentence with Alice: not listed
    assertEquals(4, a.size());
    // Acme: N=9 a=6 b=2 k=2; table 2 4 / 0 3
    assertAssociation(a.get(0), ACME, 2, 2, Math.log(1.5) / Math.log(2), 1.89654);
    // Berlin and Paris: b=2 k=1; by name
    assertAssociation(a.get(1), BERLIN, 1, 2, Math.log(0.75) / Math.log(2), -0.30891);
    assertAssociation(a.get(2), PARIS, 1, 2, Math.log(0.75) / Math.log(2), -0.30891);
    // Bob: b=4 k=1
    assertAssociation(a.get(3), BOB, 1, 4, Math.log(9.0 / 24) / Math.log(2), -6.95858);
  }

  @Test
  void scoresOfIndependenceAndOfPerfectAssociation() {
    assertEquals(0.0, AssociationScores.logLikelihood(2, 4, 5, 10), 1e-12);
    assertEquals(0.0, AssociationScores.pmi(2, 4, 5, 10), 1e-12);
    // always together: G2 = 2 (a ln(N/a) + (N-a) ln(N/(N-a)))
    assertEquals(2 * (3 * Math.log(10.0 / 3) + 7 * Math.log(10.0 / 7)),
        AssociationScores.logLikelihood(3, 3, 3, 10), 1e-9);
    assertEquals(Double.NEGATIVE_INFINITY, AssociationScores.pmi(0, 3, 3, 10));
  }

  private static String edge(Network n, NetworkEdge e) {
    return name(n, e.source()) + "-" + name(n, e.target()) + "=" + e.together();
  }

  private static String name(Network n, EntityId id) {
    return n.nodes().stream().filter(x -> x.entity().equals(id)).findFirst().orElseThrow().name();
  }

  @Test
  void articleNetwork() throws IOException {
    Network n = index.network(ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 10, 1);
    assertEquals(5, n.units());
    assertEquals(
        List.of("Alice Adams", "Bob Brown", "Paris", "Acme", "Carol Chen", "Berlin"),
        n.nodes().stream().map(NetworkNode::name).toList());
    assertEquals(new NetworkNode(ALICE, "Alice Adams", 4, 6, 4), n.nodes().get(0));
    assertEquals(13, n.edges().size());
    // count 2 edges by G2: Paris-Carol 2.911, Alice-Berlin 1.185, Bob-Paris 0.138, Alice-Paris -1.185
    assertEquals(
        List.of("Alice Adams-Bob Brown=3", "Paris-Carol Chen=2", "Alice Adams-Berlin=2",
            "Bob Brown-Paris=2", "Alice Adams-Paris=2"),
        n.edges().subList(0, 5).stream().map(e -> edge(n, e)).toList());
    assertEquals(2.23144, n.edges().get(0).logLikelihood(), EPS);
    assertEquals(2.91103, n.edges().get(1).logLikelihood(), EPS);
    assertEquals(5, index.network(ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 10, 2).edges().size());
    Network two = index.network(ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 2, 1);
    assertEquals(List.of("Alice Adams-Bob Brown=3"), two.edges().stream().map(e -> edge(two, e)).toList());
  }

  @Test
  void sentenceNetwork() throws IOException {
    Network n = index.network(ArticleQuery.all(), CoOccurrenceLevel.SENTENCE, 10, 1);
    assertEquals(11, n.units());
    assertEquals(List.of(6L, 4L, 3L, 3L, 3L, 2L),
        n.nodes().stream().map(NetworkNode::occurrences).toList());
    assertEquals(10, n.edges().size());
    assertEquals(
        List.of("Alice Adams-Acme=2", "Bob Brown-Paris=2", "Paris-Carol Chen=2"),
        n.edges().subList(0, 3).stream().map(e -> edge(n, e)).sorted().toList());
  }

  @Test
  void networkFormats() throws Exception {
    Network n = index.network(ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 10, 2);
    StringBuilder csv = new StringBuilder();
    NetworkFormat.CSV.write(n, csv);
    List<String> lines = csv.toString().lines().toList();
    assertEquals("Source,Target,Type,Weight,PMI,LogLikelihood,SourceName,TargetName", lines.get(0));
    assertTrue(lines.get(1).startsWith("person:alice adams,person:bob brown,Undirected,3,0.32192"), lines.get(1));
    assertTrue(lines.get(1).endsWith(",Alice Adams,Bob Brown"), lines.get(1));
    assertEquals(6, lines.size());

    Document graphml = parse(n, NetworkFormat.GRAPHML);
    assertEquals(6, graphml.getElementsByTagName("node").getLength());
    assertEquals(5, graphml.getElementsByTagName("edge").getLength());
    assertEquals("undirected",
        graphml.getElementsByTagName("graph").item(0).getAttributes().getNamedItem("edgedefault").getNodeValue());

    Document gexf = parse(n, NetworkFormat.GEXF);
    assertEquals(6, gexf.getElementsByTagName("node").getLength());
    assertEquals(5, gexf.getElementsByTagName("edge").getLength());
    assertEquals("3", gexf.getElementsByTagName("edge").item(0).getAttributes().getNamedItem("weight").getNodeValue());
    assertEquals("Alice Adams",
        gexf.getElementsByTagName("node").item(0).getAttributes().getNamedItem("label").getNodeValue());
  }

  @Test
  void escaping() {
    assertEquals("\"a, b\"", NetworkFormat.csv("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", NetworkFormat.csv("say \"hi\""));
    assertEquals("plain", NetworkFormat.csv("plain"));
    assertEquals("AT&amp;T &lt;x&gt; &quot;q&quot;", NetworkFormat.xml("AT&T <x> \"q\"\u0001"));
    assertEquals(NetworkFormat.GEXF, NetworkFormat.parse("GeXf").orElseThrow());
  }

  @Test
  void countsFollowChangesToTheIndex(@TempDir Path other) throws IOException {
    try (ArticleIndex changing = Research.index(other)) {
      assertEquals(3, changing.cooccurrences(ALICE, ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 10)
          .associations().get(0).together());
      assertEquals(4, changing.topEntities(EntityType.PERSON, null, 1).get(0).articles());
      changing.add(io.github.dossier.Article.builder("a6", "Alice Adams and Bob Brown dined.").build());
      changing.delete("a3");
      CoOccurrences c = changing.cooccurrences(ALICE, ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 10);
      assertEquals(5, c.units());
      assertEquals(BOB, c.associations().get(0).entity());
      assertEquals(4, c.associations().get(0).together());
      assertEquals(5, changing.topEntities(EntityType.PERSON, null, 1).get(0).articles());
      assertEquals(List.of(), changing.topEntities(EntityType.PERSON, "person:chen source:post date:2025-01", 5));
    }
  }

  @Test
  void badArguments() {
    assertThrows(IllegalArgumentException.class,
        () -> index.network(ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 0, 1));
    assertThrows(IllegalArgumentException.class,
        () -> index.network(ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, 10, 0));
    assertThrows(IllegalArgumentException.class,
        () -> index.cooccurrences(ALICE, ArticleQuery.all(), CoOccurrenceLevel.ARTICLE, -1));
  }

  private static Document parse(Network n, NetworkFormat format) throws Exception {
    StringBuilder out = new StringBuilder();
    format.write(n, out);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
