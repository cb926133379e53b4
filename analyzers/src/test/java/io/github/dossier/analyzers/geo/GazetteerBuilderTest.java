package io.github.dossier.analyzers.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a gazetteer from excerpts of the source lists (in {@code sources/}: a few countries,
 * divisions and cities of GeoNames, mledoze/countries, iso-codes and WordNet).
 */
class GazetteerBuilderTest {

  @TempDir static Path temp;
  private static Path sources;
  private static Path built;
  private static Gazetteer gazetteer;

  @BeforeAll
  static void build() throws IOException, URISyntaxException {
    sources = Paths.get(GazetteerBuilderTest.class.getResource("sources/countries.tsv").toURI())
        .getParent();
    built = temp.resolve("places.tsv.gz");
    int count = GazetteerBuilder.build(sources, built);
    gazetteer = Gazetteer.load(built);
    assertEquals(count, gazetteer.size());
  }

  @Test
  void placesTakeTheirCurrentNameAndKeepThe2013NameAsAlias() {
    Place bakhmut = gazetteer.lookup("Artemivs'k").get(0);
    assertEquals("Bakhmut", bakhmut.name());
    assertEquals(713174L, bakhmut.geonameId().orElseThrow());
    assertEquals(List.of("Artemivs\u2019k"), bakhmut.aliases().subList(0, 1));
    assertEquals("Kyiv", gazetteer.lookup("Kiev").get(0).name());
    Place washington = gazetteer.byId("geonames:4140963").orElseThrow();
    assertEquals("Washington", washington.name());
    assertTrue(washington.aliases().contains("Washington, D. C."), washington.aliases().toString());
  }

  @Test
  void countriesGetCodesInitialsAndWordNetSynonyms() {
    assertEquals("country:US", gazetteer.lookup("U.S.").get(0).id());
    assertEquals("country:US", gazetteer.lookup("USA").get(0).id());
    assertEquals("country:US", gazetteer.lookup("America").get(0).id());
    assertEquals("country:GB", gazetteer.lookup("U.K.").get(0).id());
    assertEquals("country:GB", gazetteer.lookup("Britain").get(0).id());
    assertEquals("country:AE", gazetteer.lookup("UAE").get(0).id());
    assertEquals("country:AE", gazetteer.lookup("U.A.E.").get(0).id());
    assertEquals("country:UA", gazetteer.lookup("UKR").get(0).id());
  }

  @Test
  void initialsSkipFunctionWordsAndAbbreviatedWords() {
    assertEquals("UAE", GazetteerBuilder.initials("United Arab Emirates").orElseThrow());
    assertEquals("USA", GazetteerBuilder.initials("United States of America").orElseThrow());
    assertTrue(GazetteerBuilder.initials("DR Congo").isEmpty());
    assertTrue(GazetteerBuilder.initials("Ukraine").isEmpty());
    assertTrue(GazetteerBuilder.initials("Bosnia and herzegovina").isEmpty());
  }

  @Test
  void divisionsGetIsoCodesCoordinatesAndPopulation() {
    Place donetsk = gazetteer.firstLevelDivision("UA.05").orElseThrow();
    assertEquals("UA-14", donetsk.firstLevelDivision().orElseThrow().isoCode().orElseThrow());
    assertTrue(donetsk.aliases().contains("Donetska oblast"), donetsk.aliases().toString());
    assertEquals(80_500, donetsk.population());
    Place texas = gazetteer.firstLevelDivision("US.TX").orElseThrow();
    assertEquals("US-TX", texas.firstLevelDivision().orElseThrow().isoCode().orElseThrow());
    // Île-de-France has no place in the 2013 file (Paris carries an old code there): its point
    // comes from the current file.
    Place ileDeFrance = gazetteer.firstLevelDivision("FR.11").orElseThrow();
    assertEquals(48.85, ileDeFrance.latitude(), 0.01);
  }

  @Test
  void divisionNamesMatchIsoNamesWithOtherEndingsButNotLongerNames() {
    assertEquals(0, GazetteerBuilder.similarity("kyiv", "kyiv"));
    assertEquals(1, GazetteerBuilder.similarity("donetsk", "donetska"));
    assertEquals(2, GazetteerBuilder.similarity("poltava", "poltavska"));
    assertEquals(2, GazetteerBuilder.similarity("odesa", "odeska"));
    assertEquals(-1, GazetteerBuilder.similarity("ouham", "ouhamfafa"));
    assertEquals(-1, GazetteerBuilder.similarity("sumy", "sumska"));
    assertEquals(-1, GazetteerBuilder.similarity("penang", "pulaupinang"));
  }

  @Test
  void theOutputDependsOnlyOnTheInput() throws IOException {
    Path again = temp.resolve("again.tsv.gz");
    GazetteerBuilder.build(sources, again);
    assertArrayEquals(Files.readAllBytes(built), Files.readAllBytes(again));
  }

  @Test
  void aMissingSourceFileIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GazetteerBuilder.build(temp, temp.resolve("x.tsv.gz")));
    assertTrue(e.getMessage().contains("has no countries.tsv"), e.getMessage());
  }
}
