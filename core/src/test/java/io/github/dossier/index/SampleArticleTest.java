package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CBC sample article as published: typographic apostrophes and quotes, paragraphs, captions.
 * Mention counts below were counted with grep over the text, independently of the tagger.
 */
class SampleArticleTest {
  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void indexSample() throws IOException {
    String body;
    try (InputStream in =
        SampleArticleTest.class.getResourceAsStream("/articles/cbc-us-offers-security-guarantees-to-kyiv.txt")) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    FakeTagger tagger = new FakeTagger()
        .person("Volodymyr Zelenskyy", "Zelenskyy")
        .person("Donald Trump", "Trump")
        .person("Steve Witkoff", "Witkoff")
        .person("Jared Kushner", "Kushner")
        .person("Vladimir Putin", "Putin")
        .person("Blaise Metreweli", "Metreweli")
        .place("Ukraine")
        .place("Russia")
        .place("Kyiv")
        .place("United States", "U.S.")
        .org("NATO");
    index = ArticleIndex.open(dir, tagger);
    index.add(Article.builder("cbc-sample", body)
        .title("U.S. offers security guarantees to Kyiv")
        .source("CBC News")
        .published(LocalDate.of(2025, 12, 15))
        .build());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void snippetsAreOneLineWithMatchesMarked() throws IOException {
    String snippet = index.search("Witkoff Kushner", 1).hits().get(0).snippet();
    assertTrue(snippet.contains("«Witkoff»") && snippet.contains("«Kushner»"), snippet);
    assertFalse(snippet.contains("\n"), snippet);
    assertFalse(snippet.contains("  "), snippet);
    String lead = index.search("person:putin", 1).hits().get(0).snippet();
    assertTrue(lead.startsWith("Skip to content U.S. offers security guarantees to Kyiv | CBC News The U.S."), lead);
  }

  @Test
  void typographicApostrophesAndPossessives() throws IOException {
    // the text writes "Russia’s" and "Trump’s" with U+2019
    assertEquals(1, index.search("Russia's", 1).total());
    assertEquals(1, index.search("\"Trump's envoys\"", 1).total());
    assertEquals(1, index.search("person:\"Steve Witkoff\" AND place:kyiv", 1).total());
    assertEquals(1, index.search("\"Article 5-like\"", 1).total());
  }

  @Test
  void entityCountsMatchTheText() throws IOException {
    EntityType p = EntityType.PERSON;
    assertEquals(
        List.of(
            new EntityCount(p, "vladimir putin", "Vladimir Putin", 1, 11),
            new EntityCount(p, "blaise metreweli", "Blaise Metreweli", 1, 5),
            new EntityCount(p, "donald trump", "Donald Trump", 1, 5),
            new EntityCount(p, "volodymyr zelenskyy", "Volodymyr Zelenskyy", 1, 4)),
        index.topEntities(p, null, 4));
    List<EntityCount> places = index.topEntities(EntityType.LOCATION, "guarantees", 2);
    assertEquals(List.of("united states", "ukraine"), places.stream().map(EntityCount::key).toList());
    assertEquals(22, places.get(0).mentions());
    assertEquals(21, places.get(1).mentions());
    EntityInfo putin = index.entity(null, "putin").orElseThrow();
    assertEquals(Map.of("Putin", 9L, "Vladimir Putin", 2L), putin.forms());
    assertEquals(13, index.entity(EntityType.ORGANIZATION, "NATO").orElseThrow().mentions());
  }
}
