package io.github.dossier.analyzers.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

  private final PlaceResolver resolver = PlaceResolver.getDefault();

  /** Resolves the first name, with the others as the rest of the article, without sentences. */
  private ResolvedPlace first(String... names) {
    List<PlaceMention> mentions = new ArrayList<>();
    for (String name : names) {
      mentions.add(PlaceMention.of(name));
    }
    return resolver.resolve(mentions).get(0).orElseThrow();
  }

  private ResolvedPlace inSentence(String name, String sentence) {
    return resolver.resolve(List.of(new PlaceMention(name, sentence))).get(0).orElseThrow();
  }

  private static String division(ResolvedPlace place) {
    return place.firstLevelDivision().map(FirstLevelDivision::code).orElse("");
  }

  @Test
  void parisIsTheFrenchCapitalUnlessTheArticleIsAboutTexas() {
    ResolvedPlace paris = first("Paris");
    assertEquals("FR", paris.countryCode());
    assertEquals(2988507L, paris.geonameId().orElseThrow());
    assertEquals("FR", first("Paris", "France", "Lyon").countryCode());
    assertEquals("US.TX", division(first("Paris", "Texas")));
    assertEquals("US.TX", division(first("Paris", "Dallas")));
    assertEquals("US.TX", division(inSentence("Paris", "She grew up in Paris, Texas, near the Red River.")));
    assertEquals("US.TX", division(first("Paris, TX")));
  }

  @Test
  void washingtonIsTheCapitalWithWhiteHouseCuesAndTheStateWithSeattle() {
    ResolvedPlace capital = inSentence("Washington",
        "The White House said Washington would not lift the sanctions.");
    assertEquals("US.DC", division(capital));
    assertEquals(FeatureClass.POPULATED_PLACE, capital.featureClass());
    assertEquals("US.DC", division(inSentence("Washington", "Protesters marched in Washington, D.C. on Saturday.")));
    assertEquals("US.DC", division(first("Washington")));
    assertEquals("US.DC", division(first("D.C.", "Washington", "Maryland")));

    ResolvedPlace state = first("Washington", "Seattle", "Spokane");
    assertEquals(FeatureClass.FIRST_LEVEL_DIVISION, state.featureClass());
    assertEquals("US.WA", division(state));
    assertEquals(FeatureClass.FIRST_LEVEL_DIVISION,
        inSentence("Washington", "Wildfires spread across Washington state on Monday.").featureClass());
  }

  @Test
  void georgiaIsTheCountryNearTbilisiAndTheStateNearAtlanta() {
    assertEquals(FeatureClass.COUNTRY, first("Georgia", "Tbilisi").featureClass());
    assertEquals("GE", first("Georgia", "Tbilisi").countryCode());
    ResolvedPlace state = first("Georgia", "Atlanta", "Savannah");
    assertEquals("US.GA", division(state));
    assertEquals(FeatureClass.FIRST_LEVEL_DIVISION, state.featureClass());
  }

  @Test
  void countryAliasesAndAbbreviationsResolveToTheCountry() {
    for (String name : List.of("U.S.", "US", "United States", "America", "U.K.", "Britain", "UAE")) {
      ResolvedPlace place = first(name);
      assertEquals(FeatureClass.COUNTRY, place.featureClass(), name);
    }
    assertEquals("GB", first("Britain").countryCode());
    assertEquals("AE", first("UAE").countryCode());
    assertEquals("United States", first("U.S.").canonicalName());
  }

  @Test
  void otherPlacesOfTheArticlePickTheRightNamesake() {
    assertEquals("AU.07", division(first("Victoria", "Melbourne", "Australia")));
    assertEquals("CA", first("Victoria", "Vancouver", "British Columbia").countryCode());
    assertEquals("US", first("Cambridge", "Boston", "Massachusetts").countryCode());
    assertEquals("GB", first("Cambridge", "London", "Oxford").countryCode());
    assertEquals("US.IL", division(first("Springfield", "Illinois", "Chicago")));
    assertEquals("ES", first("Córdoba", "Seville", "Spain").countryCode());
    assertEquals("AR", first("Córdoba", "Buenos Aires").countryCode());
  }

  @Test
  void placesListedTogetherAreOfOneKind() {
    String primaries = "Primaries were held in Idaho, Michigan, North Dakota, and Washington.";
    List<PlaceMention> states = new ArrayList<>();
    for (String name : List.of("Idaho", "Michigan", "North Dakota", "Washington")) {
      states.add(new PlaceMention(name, primaries));
    }
    ResolvedPlace washington = resolver.resolve(states).get(3).orElseThrow();
    assertEquals(FeatureClass.FIRST_LEVEL_DIVISION, washington.featureClass());
    assertEquals("US.WA", division(washington));

    String capitals = "Envoys flew from Paris, Washington, and London.";
    List<PlaceMention> cities = new ArrayList<>();
    for (String name : List.of("Paris", "Washington", "London")) {
      cities.add(new PlaceMention(name, capitals));
    }
    assertEquals("US.DC", division(resolver.resolve(cities).get(1).orElseThrow()));
  }

  @Test
  void theMiddleOfAnAddressIsADivision() {
    ResolvedPlace newYork = inSentence("New York",
        "The plane crashed into a field in Copake, New York, United States.");
    assertEquals(FeatureClass.FIRST_LEVEL_DIVISION, newYork.featureClass());
    assertEquals(FeatureClass.POPULATED_PLACE,
        inSentence("New York", "Crowds gathered in New York on Sunday.").featureClass());
  }

  @Test
  void oldNamesResolveToTheCurrentPlace() {
    ResolvedPlace bakhmut = first("Artemivsk", "Donetsk");
    assertEquals("Bakhmut", bakhmut.canonicalName());
    assertEquals("UA", bakhmut.countryCode());
    assertEquals("Kyiv", first("Kiev").canonicalName());
  }

  @Test
  void everyMentionOfANameResolvesToTheSamePlaceAndUnknownNamesToEmpty() {
    List<Optional<ResolvedPlace>> results = resolver.resolve(List.of(
        new PlaceMention("Paris", "The festival opened in Paris, Texas."),
        PlaceMention.of("Paris"),
        PlaceMention.of("Zzyzxqwv")));
    assertEquals(3, results.size());
    assertEquals("US.TX", division(results.get(0).orElseThrow()));
    assertEquals(results.get(0).orElseThrow().place(), results.get(1).orElseThrow().place());
    assertEquals("Paris", results.get(1).orElseThrow().mention());
    assertTrue(results.get(2).isEmpty());
    // A continent is not the Philippine town of the same name.
    assertTrue(resolver.resolve(List.of(PlaceMention.of("Asia"))).get(0).isEmpty());
  }

  @Test
  void otherEntitiesOfTheArticleAreReadForCapitalCues() {
    ResolvedPlace washington = resolver.resolve(
        List.of(PlaceMention.of("Washington"), PlaceMention.of("Seattle")),
        List.of("White House", "Congress")).get(0).orElseThrow();
    // Seattle still points at the state: an article can be about both.
    assertEquals("US", washington.countryCode());
    assertTrue(washington.confidence() > 0 && washington.confidence() <= 1);
  }

  @Test
  void resolvesTheLocationEntitiesOfATaggedArticle() {
    String body = "Storms cut power in Paris on Monday. The Texas town of Paris expects repairs by"
        + " Friday, Governor Greg Abbott said. Kyiv sent condolences.";
    Sentence first = new Sentence(0, body.indexOf(" The Texas"));
    Sentence second = new Sentence(body.indexOf("The Texas"), body.indexOf(" Kyiv"));
    Sentence third = new Sentence(body.indexOf("Kyiv"), body.length());
    Entity paris = new Entity("paris", "Paris", EntityType.LOCATION, List.of(
        mention(body, "Paris", 0, 0), mention(body, "Paris", body.indexOf("of Paris") + 3, 1)));
    Entity texas = new Entity("texas", "Texas", EntityType.LOCATION,
        List.of(mention(body, "Texas", 0, 1)));
    Entity kyiv = new Entity("kyiv", "Kyiv", EntityType.LOCATION,
        List.of(mention(body, "Kyiv", 0, 2)));
    Entity abbott = new Entity("greg abbott", "Greg Abbott", EntityType.PERSON,
        List.of(mention(body, "Greg Abbott", 0, 1)));
    TaggedText tagged = new TaggedText(
        List.of(first, second, third), List.of(paris, texas, kyiv, abbott));

    Map<String, ResolvedPlace> places = resolver.resolveEntities(body, tagged);

    assertEquals(List.of("paris", "texas", "kyiv"), List.copyOf(places.keySet()));
    assertEquals("US.TX", division(places.get("paris")));
    assertEquals(FeatureClass.FIRST_LEVEL_DIVISION, places.get("texas").featureClass());
    assertEquals("UA", places.get("kyiv").countryCode());
    assertTrue(resolver.gazetteer().isWithin(places.get("paris").place(), places.get("texas").place()));
  }

  /** A mention of {@code text} found in {@code body} at or after {@code from}. */
  private static Mention mention(String body, String text, int from, int sentence) {
    int start = body.indexOf(text, from);
    return new Mention(text, start, start + text.length(), sentence);
  }

  @Test
  void nullAndBlankInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PlaceMention.of(" "));
    assertThrows(NullPointerException.class, () -> resolver.resolve(null));
    List<PlaceMention> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> resolver.resolve(withNull));
  }

  @Test
  void aNameWrittenLikeABuildingWithTheIsNotATown() {
    // The default gazetteer holds a town White House, Tennessee; the article means the building.
    List<Optional<ResolvedPlace>> results = resolver.resolve(List.of(
        new PlaceMention("White House", "The tally was released by the White House."),
        new PlaceMention("White House", "Trump told reporters at an unrelated White House event."),
        new PlaceMention("Kyiv", "The talks in Kyiv lasted two days.")));
    assertEquals(Optional.empty(), results.get(0));
    assertEquals(Optional.empty(), results.get(1));
    assertEquals("UA", results.get(2).orElseThrow().countryCode());
    assertEquals(Optional.empty(), resolver.resolve(List.of(new PlaceMention("White House",
        "The White House said the sanctions would stay."))).get(0));
  }

  @Test
  void theKremlinSaidIsNotTheTownOfKremlin() throws IOException {
    Gazetteer gazetteer = Gazetteer.read(gzip(GazetteerFormat.HEADER + "\n"
        + "country:US\t\tC\tPCL\tUnited States\tUS\t\t39.76\t-98.5\t0\t\t\tUS\tAmerican"
        + "\tNorthern America\t\tAmericas\n"
        + "admin1:US.OK\t\tA\tADM1\tOklahoma\tUS\tOK\t35.5\t-97.5\t3000000\t\t\tOK\t\t\t\t\n"
        + "geonames:4544000\t4544000\tP\tPPL\tKremlin\tUS\tOK\t36.55\t-97.83\t255"
        + "\t\t\t\t\t\t\t\n"));
    PlaceResolver small = new PlaceResolver(gazetteer);
    assertEquals(Optional.empty(), small.resolve(List.of(
        new PlaceMention("Kremlin", "Peace is not close, the Kremlin said on Monday."))).get(0));
    assertEquals(Optional.empty(), small.resolve(List.of(
        new PlaceMention("Kremlin", "The plan was rejected by the Kremlin."))).get(0));
    // The same town written as a town, or with its state, still resolves.
    assertEquals("geonames:4544000", small.resolve(List.of(
        new PlaceMention("Kremlin", "The fair opens in Kremlin on Saturday."))).get(0)
        .orElseThrow().place().id());
    assertEquals("geonames:4544000", small.resolve(List.of(
        new PlaceMention("Kremlin", "A fire hit the Kremlin, Oklahoma grain elevator."))).get(0)
        .orElseThrow().place().id());
  }

  @Test
  void townsWrittenAsTownsStillResolveNextToTheRule() {
    assertEquals("US.IA", division(inSentence("Davenport",
        "Floodwaters rose along the river in Davenport, Iowa, on Sunday.")));
    assertEquals("US.IA", division(inSentence("Davenport",
        "The flood reached the Davenport, Iowa riverfront.")));
    ResolvedPlace hague = inSentence("Hague", "The ruling was read in the Hague.");
    assertEquals("NL", hague.countryCode());
    assertEquals(FeatureClass.POPULATED_PLACE, hague.featureClass());
    assertEquals("US.DC", division(inSentence("Washington",
        "At the Washington meeting, both sides agreed to talk again.")));
    assertEquals("VA", inSentence("Vatican", "The appointment was announced by the Vatican.")
        .countryCode());
  }

  @Test
  void anAcronymInCapitalsIsNotATownOfThatName() {
    // The default gazetteer holds a town Soe in Indonesia; "SOE" is the Special Operations
    // Executive.
    assertEquals(Optional.empty(), resolver.resolve(List.of(new PlaceMention("SOE",
        "She said the agency should tap into its historical SOE instincts."))).get(0));
    assertEquals("ID", inSentence("Soe", "Floods cut the road to Soe on Tuesday.").countryCode());
    assertEquals("UA", inSentence("KYIV", "KYIV, Ukraine (AP) — Sirens sounded overnight.")
        .countryCode());
    assertEquals("AE", inSentence("UAE", "The UAE hosted the talks.").countryCode());
  }

  private static ByteArrayInputStream gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
