package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article that names a person by surname alone joins the person the index knows by that
 * surname, and keys stay stable when a fuller name turns up later.
 */
class CrossArticlePeopleTest {

  @TempDir Path dir;

  /** A tagger that, like a real one, tags bare surnames as people of their own. */
  static FakeTagger tagger() {
    return new FakeTagger()
        .person("Volodymyr Zelenskyy")
        .person("Zelenskyy")
        .person("Donald Trump")
        .person("Melania Trump")
        .person("Trump")
        .person("Hakeem Jeffries")
        .person("Jeffries")
        .person("Mark Carney")
        .person("Carney")
        .person("Ana Carney")
        .person("David Cameron")
        .person("Larry David")
        .person("David");
  }

  static Article article(String id, String body) {
    return Article.builder(id, body).build();
  }

  /** The key and display name of each person of the stored article. */
  static Map<String, String> people(ArticleIndex index, String id) throws IOException {
    return index.get(id).orElseThrow().tagged().entities(EntityType.PERSON).stream()
        .collect(Collectors.toMap(Entity::key, Entity::name));
  }

  @Test
  void aBareSurnameJoinsTheOnePersonTheIndexKnowsByIt() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      index.add(article("full", "Volodymyr Zelenskyy addressed parliament in Kyiv."));
      index.add(article("bare", "Zelenskyy said the talks would go on."));

      assertEquals(Map.of("volodymyr zelenskyy", "Volodymyr Zelenskyy"), people(index, "bare"));
      assertEquals("Zelenskyy",
          index.get("bare").orElseThrow().tagged().entities(EntityType.PERSON).get(0)
              .mentions().get(0).text(), "the mention keeps the text as written");
      assertEquals(2, index.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow()
          .articles());
      assertEquals(2, index.search("person:\"Volodymyr Zelenskyy\"", 10).total());
    }
  }

  @Test
  void aFullerNameArrivingLaterKeepsTheKeyOfTheBareSurname() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      index.add(article("first", "Jeffries said the House would vote on Friday."));
      index.add(article("later", "Hakeem Jeffries, the Democratic leader, spoke."));
      index.add(article("again", "Hakeem Jeffries said it again."));

      assertEquals(Map.of("jeffries", "Jeffries"), people(index, "first"));
      assertEquals(Map.of("jeffries", "Hakeem Jeffries"), people(index, "later"),
          "the key does not change; the name is the fuller one");
      assertEquals(Map.of("jeffries", "Hakeem Jeffries"), people(index, "again"));
      assertEquals("Hakeem Jeffries", index.entity(EntityType.PERSON, "jeffries").orElseThrow()
          .name(), "the display name is the name most articles use");
      assertEquals(3, index.entity(EntityType.PERSON, "Hakeem Jeffries").orElseThrow().articles());
      assertEquals(3, index.search("person:\"Hakeem Jeffries\"", 10).total(),
          "the full name finds the article that only said Jeffries");
    }
  }

  @Test
  void claimsSurviveReopeningTheIndex() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      index.add(article("first", "Jeffries said the House would vote on Friday."));
      index.add(article("later", "Hakeem Jeffries, the Democratic leader, spoke."));
    }
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      index.add(article("after-restart", "Hakeem Jeffries spoke once more."));
      index.add(article("bare-again", "Jeffries did not comment."));
      assertEquals(Map.of("jeffries", "Hakeem Jeffries"), people(index, "after-restart"));
      assertEquals(Map.of("jeffries", "Jeffries"), people(index, "bare-again"));
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
      assertEquals(4, index.entity(EntityType.PERSON, "Hakeem Jeffries").orElseThrow().articles());
    }
  }

  @Test
  void differentPeopleWhoShareASurnameStayApart() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      index.add(article("t1", "Trump spoke at a rally."));
      index.add(article("t2", "Donald Trump signed the order."));
      index.add(article("t3", "Melania Trump visited a school."));
      index.add(article("t4", "Donald Trump and Melania Trump arrived together."));

      assertEquals(Map.of("trump", "Donald Trump"), people(index, "t2"),
          "the first full name claims the bare surname");
      assertEquals(Map.of("melania trump", "Melania Trump"), people(index, "t3"));
      assertEquals(Map.of("trump", "Donald Trump", "melania trump", "Melania Trump"),
          people(index, "t4"));
      assertEquals(2, index.search("person:\"Melania Trump\"", 10).total());
      assertEquals(3, index.search("person:\"Donald Trump\"", 10).total(),
          "t1 (the bare surname Donald Trump claimed), t2 and t4");
    }
  }

  @Test
  void aSurnameSharedByComparablyKnownPeopleStaysItsOwnEntity() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      index.add(article("c1", "Mark Carney met the premiers."));
      index.add(article("c2", "Ana Carney won the race."));
      index.add(article("c3", "Carney declined to comment."));

      assertEquals(Map.of("carney", "Carney"), people(index, "c3"),
          "neither namesake is named in twice as many articles as the other");
      assertNotEquals(people(index, "c1").keySet(), people(index, "c2").keySet());
    }
  }

  @Test
  void aDominantNamesakeTakesTheBareSurname() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      for (int i = 0; i < 4; i++) {
        index.add(article("dt" + i, "Donald Trump spoke on day " + i + "."));
      }
      index.add(article("mt", "Melania Trump visited a school."));
      index.add(article("bare", "Trump posted overnight."));

      assertEquals(Map.of("donald trump", "Donald Trump"), people(index, "bare"));
      assertTrue(index.search("person:\"Donald Trump\"", 10).hits().stream()
          .anyMatch(h -> h.id().equals("bare")));
    }
  }

  @Test
  void aWordKnownAsAFirstNameIsNeitherJoinedNorClaimedAsASurname() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      index.add(article("cameron", "David Cameron spoke in London."));
      index.add(article("bare", "David smiled at the camera."));
      index.add(article("larry", "Larry David joked about it."));

      assertEquals(Map.of("david", "David"), people(index, "bare"));
      assertEquals(Map.of("larry david", "Larry David"), people(index, "larry"),
          "Larry David does not take over the bare 'David'");
      assertEquals(Map.of("david", "David"), people(index, "bare"));
    }
  }
}
