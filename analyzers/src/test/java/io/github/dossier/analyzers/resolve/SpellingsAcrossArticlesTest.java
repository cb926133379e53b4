package io.github.dossier.analyzers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.EntityType;
import io.github.dossier.analyzers.EnglishEntityTagger;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.EntityInfo;
import io.github.dossier.index.EntityProfile;
import io.github.dossier.index.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline — the built-in tagger, name and place resolution, the index — on articles
 * that write the same people and places differently: one entity each, whatever the spelling.
 */
class SpellingsAcrossArticlesTest {

  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void indexArticles() throws IOException {
    index = ArticleIndex.open(dir, ResolvingTagger.wrap(EnglishEntityTagger.create()));
    add("full", "Ukrainian President Volodymyr Zelenskyy met European leaders in Berlin on"
        + " Monday. Zelenskyy said the talks had been productive.");
    add("one-y", "Volodymyr Zelensky, the president of Ukraine, thanked Britain for its support."
        + " Zelensky spoke by video from Kyiv.");
    add("iy", "Speaking in Kyiv, President Zelenskiy said that air defence remained the"
        + " priority. Zelenskiy added that more talks were planned.");
    add("donald", "Donald Trump signed an executive order at the White House on Friday. Trump"
        + " said the order would cut prices.");
    add("melania", "Melania Trump visited a children's hospital in Washington on Thursday.");
    add("us", "The United States and the U.S. Congress were divided. Officials in the US said"
        + " more aid would follow.");
    index.commit();
  }

  static void add(String id, String body) throws IOException {
    index.add(Article.builder(id, body).title(id).build());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static Set<String> ids(String query) throws IOException {
    return index.search(query, 20).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  @Test
  void threeSpellingsOfZelenskyyAreOnePerson() throws IOException {
    EntityInfo zelenskyy = index.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow();
    assertEquals(3, zelenskyy.articles(), zelenskyy.toString());
    assertEquals(zelenskyy.key(),
        index.entity(EntityType.PERSON, "Zelenskiy").orElseThrow().key(),
        "the article that only says 'President Zelenskiy' joined him across articles");
    EntityProfile profile = index.profile(EntityType.PERSON, "Zelensky").orElseThrow();
    assertTrue(profile.aliases().keySet().containsAll(Set.of(
        "Volodymyr Zelenskyy", "Zelenskyy", "Volodymyr Zelensky", "Zelensky", "Zelenskiy")),
        profile.aliases().toString());
    assertEquals(Set.of("full", "one-y", "iy"), ids("person:\"Volodymyr Zelenskyy\""));
  }

  @Test
  void peopleWhoShareASurnameStayTwo() throws IOException {
    EntityInfo donald = index.entity(EntityType.PERSON, "Donald Trump").orElseThrow();
    EntityInfo melania = index.entity(EntityType.PERSON, "Melania Trump").orElseThrow();
    assertNotEquals(donald.key(), melania.key());
    assertEquals(1, donald.articles());
    assertEquals(1, melania.articles());
  }

  @Test
  void theUnitedStatesIsOnePlaceHoweverWritten() throws IOException {
    EntityInfo us = index.entity(EntityType.LOCATION, "United States").orElseThrow();
    assertEquals("country:US", us.key());
    assertEquals(us.key(), index.entity(EntityType.LOCATION, "US").orElseThrow().key());
    Set<String> inUs = ids("within:\"United States\"");
    assertTrue(inUs.containsAll(Set.of("us", "melania")), "Washington lies in the US: " + inUs);
    assertTrue(inUs.stream().noneMatch(Set.of("full", "one-y", "iy")::contains), inUs.toString());
  }
}
