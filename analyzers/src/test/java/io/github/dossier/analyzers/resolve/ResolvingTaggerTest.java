package io.github.dossier.analyzers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import io.github.dossier.Mention;
import io.github.dossier.NameNormalizer;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.ArticleQuery;
import io.github.dossier.index.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Canonical keys across articles: places by gazetteer id, names by spelling-variant rules. */
class ResolvingTaggerTest {

  /**
   * Tags the names it is given (each its own entity keyed by its normalized text, as a plain
   * tagger would), one sentence per line-free full stop.
   */
  static EntityTagger names(Map<String, EntityType> known) {
    return text -> {
      List<Sentence> sentences = new ArrayList<>();
      Matcher sm = Pattern.compile("[^.]+(\\.|$)").matcher(text);
      while (sm.find()) {
        if (!sm.group().isBlank()) {
          sentences.add(new Sentence(sm.start(), sm.end()));
        }
      }
      Map<String, List<Mention>> mentions = new LinkedHashMap<>();
      known.forEach((name, type) -> {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) {
          int sentence = 0;
          while (sentence + 1 < sentences.size() && sentences.get(sentence).end() <= m.start()) {
            sentence++;
          }
          mentions.computeIfAbsent(name, k -> new ArrayList<>())
              .add(new Mention(name, m.start(), m.end(), sentence));
        }
      });
      List<Entity> entities = new ArrayList<>();
      mentions.forEach((name, found) -> entities.add(
          new Entity(NameNormalizer.normalize(name), name, known.get(name), found)));
      return new TaggedText(sentences, entities);
    };
  }

  static final Map<String, EntityType> KNOWN = Map.ofEntries(
      Map.entry("Volodymyr Zelensky", EntityType.PERSON),
      Map.entry("Volodymyr Zelenskyy", EntityType.PERSON),
      Map.entry("Donald Trump", EntityType.PERSON),
      Map.entry("Melania Trump", EntityType.PERSON),
      Map.entry("Emmanuel Macron", EntityType.PERSON),
      Map.entry("the Kremlin", EntityType.ORGANIZATION),
      Map.entry("Kremlin", EntityType.ORGANIZATION),
      Map.entry("Kyiv", EntityType.LOCATION),
      Map.entry("Kiev", EntityType.LOCATION),
      Map.entry("Ukraine", EntityType.LOCATION),
      Map.entry("Paris", EntityType.LOCATION),
      Map.entry("France", EntityType.LOCATION),
      Map.entry("Texas", EntityType.LOCATION),
      Map.entry("Lamar County", EntityType.LOCATION));

  static final ResolvingTagger TAGGER = ResolvingTagger.wrap(names(KNOWN));

  static Entity only(TaggedText tagged, EntityType type, String name) {
    List<Entity> found = tagged.entities(type).stream()
        .filter(e -> e.forms().contains(name)).toList();
    assertEquals(1, found.size(), () -> "entities named " + name + ": " + tagged.entities());
    return found.get(0);
  }

  @Test
  void kyivResolvesToItsPlaceAndIsFiledUnderUkraine() {
    TaggedText tagged = TAGGER.tag("Russian drones struck Kyiv overnight, officials said.");
    Entity kyiv = only(tagged, EntityType.LOCATION, "Kyiv");
    GeoPlace place = kyiv.place().orElseThrow();
    assertEquals(place.id(), kyiv.key());
    assertTrue(kyiv.key().startsWith("geonames:"), kyiv.key());
    assertEquals("Kyiv", kyiv.name());
    assertEquals("UA", place.countryCode());
    assertEquals("POPULATED_PLACE", place.featureClass());
    assertTrue(place.enclosing().contains("country:UA"), place.enclosing().toString());
    assertEquals(50.45, place.latitude(), 0.1);
    assertEquals(30.52, place.longitude(), 0.1);
  }

  @Test
  void oldAndCurrentNamesOfOnePlaceInOneArticleBecomeOneEntity() {
    TaggedText tagged =
        TAGGER.tag("Kyiv was called Kiev in English for decades. Kyiv is the capital of Ukraine.");
    Entity kyiv = only(tagged, EntityType.LOCATION, "Kiev");
    assertEquals(Set.of("Kyiv", "Kiev"), kyiv.forms().elementSet());
    assertEquals(3, kyiv.mentionCount());
    assertEquals("country:UA", only(tagged, EntityType.LOCATION, "Ukraine").key());
  }

  @Test
  void parisInAFranceStoryAndParisInATexasStoryGetDifferentKeys() {
    TaggedText france = TAGGER.tag(
        "Emmanuel Macron hosted European leaders in Paris. France will send more air defence.");
    TaggedText texas = TAGGER.tag(
        "A tornado damaged homes in Paris, Texas. Officials in Lamar County opened a shelter.");
    Entity parisFr = only(france, EntityType.LOCATION, "Paris");
    Entity parisTx = only(texas, EntityType.LOCATION, "Paris");
    assertNotEquals(parisFr.key(), parisTx.key());
    assertEquals("FR", parisFr.place().orElseThrow().countryCode());
    assertEquals("US", parisTx.place().orElseThrow().countryCode());
    assertEquals("Texas", parisTx.place().orElseThrow().divisionName().orElseThrow());
  }

  @Test
  void spellingVariantsOfOneFullNameShareAKeyButNamesakesDoNot() {
    Entity a = only(TAGGER.tag("Volodymyr Zelensky spoke on Monday."),
        EntityType.PERSON, "Volodymyr Zelensky");
    Entity b = only(TAGGER.tag("Volodymyr Zelenskyy spoke on Tuesday."),
        EntityType.PERSON, "Volodymyr Zelenskyy");
    assertEquals(a.key(), b.key());
    // display names stay as the articles wrote them
    assertEquals("Volodymyr Zelensky", a.name());
    assertEquals("Volodymyr Zelenskyy", b.name());

    TaggedText trumps = TAGGER.tag("Donald Trump and Melania Trump arrived.");
    assertNotEquals(only(trumps, EntityType.PERSON, "Donald Trump").key(),
        only(trumps, EntityType.PERSON, "Melania Trump").key());
  }

  @Test
  void organizationsLoseALeadingThe() {
    assertEquals(
        only(TAGGER.tag("The statement came from the Kremlin."), EntityType.ORGANIZATION,
            "the Kremlin").key(),
        only(TAGGER.tag("Kremlin officials said nothing."), EntityType.ORGANIZATION, "Kremlin")
            .key());
  }

  @TempDir Path dir;

  @Test
  void anIndexBuiltWithResolvedPlacesAnswersWithinAndNear() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("index"), TAGGER)) {
      index.add(Article.builder("kyiv", "Russian drones struck Kyiv overnight.").build());
      index.add(Article.builder("paris",
          "Emmanuel Macron hosted European leaders in Paris. France will send more.").build());
      index.add(Article.builder("texas", "A tornado damaged homes in Paris, Texas.").build());
      index.add(Article.builder("zelensky", "Volodymyr Zelensky spoke on Monday.").build());
      index.add(Article.builder("zelenskyy", "Volodymyr Zelenskyy spoke on Tuesday.").build());
      index.commit();
      assertEquals(Set.of("kyiv"), ids(index, ArticleQuery.builder().within("country:UA").build()));
      assertEquals(Set.of("texas"), ids(index, ArticleQuery.parse("within:admin1:US.TX")));
      assertEquals(Set.of("kyiv"), ids(index, ArticleQuery.parse("near:(50.45,30.52,30km)")));
      assertEquals(Set.of("kyiv"), ids(index, ArticleQuery.parse("place:Kiev")));
      String key = index.get("zelensky").orElseThrow().tagged()
          .entities(EntityType.PERSON).get(0).key();
      assertEquals(2, index.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow()
          .articles(), key);
    }
  }

  static Set<String> ids(ArticleIndex index, ArticleQuery query) throws IOException {
    return index.search(query, 10).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }
}
