package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolved places: stored with the article, filed under enclosing places, found on the map. */
class PlacesTest {
  static final GeoPlace KYIV = new GeoPlace("geonames:703448", OptionalLong.of(703448), "Kyiv",
      "POPULATED_PLACE", "UA", Optional.of("UA.12"), Optional.of("Kyiv City"), 50.4547, 30.5238,
      List.of("admin1:UA.12", "country:UA"), List.of("Kiev"));
  static final GeoPlace ODESA = new GeoPlace("geonames:698740", OptionalLong.of(698740), "Odesa",
      "POPULATED_PLACE", "UA", Optional.of("UA.17"), Optional.of("Odessa"), 46.4775, 30.7326,
      List.of("admin1:UA.17", "country:UA"), List.of("Odessa"));
  static final GeoPlace PARIS_FR = new GeoPlace("geonames:2988507", OptionalLong.of(2988507),
      "Paris", "POPULATED_PLACE", "FR", Optional.of("FR.11"), Optional.of("Ile-de-France"),
      48.8534, 2.3488, List.of("admin1:FR.11", "country:FR"), List.of());
  static final GeoPlace PARIS_TX = new GeoPlace("geonames:4717560", OptionalLong.of(4717560),
      "Paris", "POPULATED_PLACE", "US", Optional.of("US.TX"), Optional.of("Texas"),
      33.6609, -95.5555, List.of("admin1:US.TX", "country:US"), List.of());
  static final GeoPlace UKRAINE = new GeoPlace("country:UA", OptionalLong.empty(), "Ukraine",
      "COUNTRY", "UA", Optional.empty(), Optional.empty(), 49.0, 32.0, List.of(),
      List.of("UA", "Ukrainian SSR"));

  /**
   * A tagger that tags like {@link FakeTagger} and then resolves each place entity by the first
   * word of the article's title (a stand-in for a real resolver's context).
   */
  static final class PlacingTagger implements EntityTagger {
    private final FakeTagger names = new FakeTagger()
        .person("Volodymyr Zelenskyy", "Zelenskyy")
        .place("Kyiv").place("Kiev").place("Odesa").place("Paris").place("Ukraine");

    @Override
    public TaggedText tag(String text) {
      TaggedText tagged = names.tag(text);
      boolean texas = text.contains("Texas");
      List<Entity> entities = tagged.entities().stream().map(e -> switch (e.name()) {
        case "Kyiv", "Kiev" -> e.withPlace(KYIV);
        case "Odesa" -> e.withPlace(ODESA);
        case "Ukraine" -> e.withPlace(UKRAINE);
        case "Paris" -> e.withPlace(texas ? PARIS_TX : PARIS_FR);
        default -> e;
      }).toList();
      return new TaggedText(tagged.sentences(), entities);
    }
  }

  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void indexArticles() throws IOException {
    index = ArticleIndex.open(dir.resolve("index"), new PlacingTagger());
    index.add(Article.builder("kyiv", "Volodymyr Zelenskyy spoke in Kiev on Monday.")
        .title("Talks").build());
    index.add(Article.builder("odesa", "Drones struck the port of Odesa overnight.")
        .title("Strikes").build());
    index.add(Article.builder("paris-fr", "Leaders met in Paris to discuss the war.")
        .title("Summit").build());
    index.add(Article.builder("paris-tx", "A storm hit Paris, Texas, on Sunday.")
        .title("Weather").build());
    index.add(Article.builder("plain", "Markets rose on Tuesday.").title("Markets").build());
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Set<String> ids(ArticleQuery query) throws IOException {
    return index.search(query, 10).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  private static Set<String> ids(String query) throws IOException {
    return ids(ArticleQuery.parse(query));
  }

  @Test
  void resolvedPlacesAreKeyedByPlaceIdSoNamesakesStayApart() throws IOException {
    TaggedText fr = index.get("paris-fr").orElseThrow().tagged();
    TaggedText tx = index.get("paris-tx").orElseThrow().tagged();
    Entity parisFr = fr.entities(EntityType.LOCATION).get(0);
    Entity parisTx = tx.entities(EntityType.LOCATION).get(0);
    assertEquals("geonames:2988507", parisFr.key());
    assertEquals("geonames:4717560", parisTx.key());
    assertEquals(Optional.of(PARIS_TX), parisTx.place());
    assertEquals(Set.of("paris-tx"), ids(ArticleQuery.builder().within("admin1:US.TX").build()));
  }

  @Test
  void withinMatchesArticlesNamingAPlaceInsideTheGivenOne() throws IOException {
    assertEquals(Set.of("kyiv", "odesa"), ids(ArticleQuery.builder().within("country:UA").build()));
    assertEquals(Set.of("kyiv"), ids(ArticleQuery.builder().within("admin1:UA.12").build()));
    assertEquals(Set.of("kyiv"), ids(ArticleQuery.builder().within("geonames:703448").build()));
    assertEquals(Set.of("kyiv", "odesa"), ids("within:\"country:UA\""));
    assertEquals(Set.of("kyiv", "odesa"), ids("within:country:UA"));
    assertEquals(Set.of("odesa"), ids("within:country:UA -Zelenskyy"));
    assertEquals(Set.of("kyiv", "odesa", "paris-fr"), ids("within:(country:UA OR country:FR)"));
  }

  @Test
  void withinTakesTheNameOfAPlaceTheIndexKnows() throws IOException {
    assertEquals(Set.of("kyiv"), ids("within:Kyiv"));
    assertEquals(Set.of("kyiv"), ids("within:Kiev"), "a form the articles use finds the place");
    assertEquals(Set.of("odesa"), ids("within:\"Odesa\" Drones"));
    assertEquals(Set.of("kyiv", "odesa"), ids("within:(Kyiv OR Odesa)"));
    assertEquals(Set.of("odesa"), ids(ArticleQuery.builder().within("Odesa").build()));
  }

  @Test
  void withinAnUnknownPlaceNameIsAnErrorThatNamesIt() {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> ids("storm within:Atlantis"));
    assertEquals(13, e.position(), "the position of the name");
    assertTrue(e.getMessage().startsWith("'within:' found no resolved place named 'Atlantis' in"
        + " the index"), e.getMessage());
    IllegalArgumentException api = assertThrows(IllegalArgumentException.class,
        () -> ids(ArticleQuery.builder().within("Atlantis").build()));
    assertTrue(api.getMessage().contains("'Atlantis'"), api.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ids("within:Zelenskyy"),
        "a person is not a place");
  }

  @Test
  void placeQueriesMatchTheCanonicalNameAndAliases() throws IOException {
    // the article writes "Kiev"; the resolved place is Kyiv
    assertEquals(Set.of("kyiv"), ids("place:Kyiv"));
    assertEquals(Set.of("kyiv"), ids("place:\"Kyiv\""));
    assertEquals(Set.of("odesa"), ids(ArticleQuery.builder().place("Odessa").build()));
  }

  @Test
  void nearMatchesPlacesInsideARadius() throws IOException {
    // Kyiv to Odesa is about 440 km
    assertEquals(Set.of("kyiv"), ids(ArticleQuery.builder().near(50.45, 30.52, 25).build()));
    assertEquals(Set.of("kyiv", "odesa"), ids(ArticleQuery.builder().near(50.45, 30.52, 500).build()));
    assertEquals(Set.of("kyiv"), ids("near:(50.45,30.52,25km)"));
    assertEquals(Set.of("kyiv", "odesa"), ids("near:(50.45, 30.52, 500)"));
    assertEquals(Set.of("paris-tx"), ids("near:33.66,-95.55,10km storm"));
  }

  @Test
  void boxMatchesPlacesInsideARectangle() throws IOException {
    assertEquals(Set.of("kyiv", "odesa"), ids(ArticleQuery.builder().inBox(44, 53, 22, 41).build()));
    assertEquals(Set.of("paris-fr"), ids("box:(48,49,2,3)"));
  }

  @Test
  void malformedGeographicClausesNameTheProblem() {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> ArticleQuery.parse("near:(50.45,30.52)"));
    assertTrue(e.getMessage().contains("needs (latitude,longitude,radius km)"), e.getMessage());
    e = assertThrows(QuerySyntaxException.class, () -> ArticleQuery.parse("near:(95,30,5km)"));
    assertTrue(e.getMessage().contains("latitude 95.0 out of range"), e.getMessage());
    e = assertThrows(QuerySyntaxException.class, () -> ArticleQuery.parse("within:\"Kyiv: Ukraine\""));
    assertTrue(e.getMessage().startsWith("'within:' needs a place name or a place id such as"
        + " country:UA"), e.getMessage());
    e = assertThrows(QuerySyntaxException.class, () -> ArticleQuery.parse("box:(a,1,2,3)"));
    assertTrue(e.getMessage().contains("'a' is not a number"), e.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> ArticleQuery.builder().near(10, 10, 0));
    assertTrue(bad.getMessage().contains("radius must be a positive"), bad.getMessage());
  }

  @Test
  void onlyLocationsHaveAPlace() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Entity("x", "X", EntityType.PERSON, List.of(), Optional.of(KYIV)));
    assertTrue(e.getMessage().contains("only locations have a place"), e.getMessage());
  }

  @Test
  void placesRoundTripThroughTheCodecAndVersionOneIsStillRead() throws IOException {
    Entity kyiv = new Entity("kiev", "Kiev", EntityType.LOCATION,
        List.of(new Mention("Kiev", 0, 4, 0))).withPlace(KYIV);
    TaggedText tagged = new TaggedText(List.of(new Sentence(0, 10)), List.of(kyiv));
    assertEquals(tagged, TaggedTextCodec.decode(TaggedTextCodec.encode(tagged)));

    // version 1, as written before places existed: one sentence, one entity, one mention
    ByteBuffersDataOutput v1 = new ByteBuffersDataOutput();
    v1.writeByte((byte) 1);
    v1.writeVInt(1);
    v1.writeVInt(0);
    v1.writeVInt(10);
    v1.writeVInt(1);
    v1.writeByte((byte) EntityType.LOCATION.ordinal());
    v1.writeString("kiev");
    v1.writeString("Kiev");
    v1.writeVInt(1);
    v1.writeString("Kiev");
    v1.writeVInt(1);
    v1.writeVInt(0);
    v1.writeVInt(0);
    v1.writeVInt(0);
    TaggedText old = TaggedTextCodec.decode(new BytesRef(v1.toArrayCopy()));
    assertEquals(
        new TaggedText(List.of(new Sentence(0, 10)), List.of(new Entity("kiev", "Kiev",
            EntityType.LOCATION, List.of(new Mention("Kiev", 0, 4, 0))))),
        old);
  }

  @Test
  void queriesWithGeographicPartsDoNotMatchAll() {
    assertTrue(ArticleQuery.all().matchesAll());
    assertTrue(!ArticleQuery.builder().within("country:UA").build().matchesAll());
    assertTrue(!ArticleQuery.builder().near(1, 1, 1).build().matchesAll());
  }
}
