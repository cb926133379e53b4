package io.github.dossier.analyzers.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.getDefault();

  @Test
  void defaultGazetteerIsSharedAndHoldsCountriesDivisionsAndCities() {
    assertSame(gazetteer, Gazetteer.getDefault());
    assertTrue(gazetteer.size() > 20_000, "size " + gazetteer.size());
    Place ukraine = gazetteer.country("ua").orElseThrow();
    assertEquals("Ukraine", ukraine.name());
    assertEquals(FeatureClass.COUNTRY, ukraine.featureClass());
    Place texas = gazetteer.firstLevelDivision("US.TX").orElseThrow();
    assertEquals(FeatureClass.FIRST_LEVEL_DIVISION, texas.featureClass());
    assertEquals("US-TX", texas.firstLevelDivision().orElseThrow().isoCode().orElseThrow());
    assertTrue(texas.population() > 10_000_000, "Texas population estimate " + texas.population());
  }

  @Test
  void currentNamesAreCanonicalAndOldNamesAreAliases() {
    Place bakhmut = only(gazetteer.lookup("Artemivsk"), "UA");
    assertEquals("Bakhmut", bakhmut.name());
    assertEquals(713174L, bakhmut.geonameId().orElseThrow());
    assertTrue(bakhmut.aliases().contains("Artemivs\u2019k"), bakhmut.aliases().toString());
    assertEquals("Donetsk", bakhmut.firstLevelDivision().orElseThrow().name());

    Place kyiv = gazetteer.lookup("Kiev").get(0);
    assertEquals("Kyiv", kyiv.name());
    assertTrue(kyiv.isCapital());
    assertEquals(kyiv, gazetteer.lookup("KYIV").get(0));
    assertEquals(50.45, kyiv.latitude(), 0.01);
    assertEquals(30.52, kyiv.longitude(), 0.01);
  }

  @Test
  void countryAbbreviationsResolveByGeneralRules() {
    for (String name : List.of("U.S.", "US", "USA", "U.S.A.", "United States", "America")) {
      assertEquals("US", gazetteer.lookup(name).get(0).countryCode(), name);
      assertEquals(FeatureClass.COUNTRY, gazetteer.lookup(name).get(0).featureClass(), name);
    }
    for (String name : List.of("U.K.", "UK", "Britain", "Great Britain", "United Kingdom")) {
      assertEquals("country:GB", gazetteer.lookup(name).get(0).id(), name);
    }
    assertEquals("country:AE", gazetteer.lookup("UAE").get(0).id());
    assertEquals("country:AE", gazetteer.lookup("U.A.E.").get(0).id());
    assertEquals("country:NL", gazetteer.lookup("the Netherlands").get(0).id());
    // The country list calls it "Türkiye"; WordNet's synset with "Republic of Turkey" adds "Turkey".
    assertEquals("country:TR", gazetteer.lookup("Turkey").get(0).id());
  }

  @Test
  void worldRegionsAreKnownAsRegions() {
    assertTrue(gazetteer.isWorldRegion("Asia"));
    assertTrue(gazetteer.isWorldRegion("South America"));
    assertTrue(gazetteer.isWorldRegion("western europe"));
    assertFalse(gazetteer.isWorldRegion("America"));
    assertFalse(gazetteer.isWorldRegion("Kyiv"));
  }

  @Test
  void lettersCodesOfDivisionsMatchWhenNoCountryHasThem() {
    List<Place> dc = gazetteer.lookup("D.C.");
    assertTrue(dc.stream().anyMatch(p -> p.id().equals("admin1:US.DC")), dc.toString());
    assertTrue(dc.stream().allMatch(p -> p.featureClass() == FeatureClass.FIRST_LEVEL_DIVISION));
    assertEquals("admin1:US.TX", gazetteer.lookup("TX").get(0).id());
    assertEquals("admin1:AU.02", gazetteer.lookup("NSW").get(0).id());
    // "CA" is Canada, not California.
    assertEquals("country:CA", gazetteer.lookup("CA").get(0).id());
  }

  @Test
  void codesMatchOnlyWhenWrittenInCapitals() {
    assertTrue(gazetteer.lookup("us").stream().noneMatch(p -> p.id().equals("country:US")));
    assertTrue(gazetteer.lookup("Uae").isEmpty());
  }

  @Test
  void namesIgnoreCaseDiacriticsAndSaintAbbreviations() {
    Place stPetersburg = gazetteer.lookup("St. Petersburg").get(0);
    assertEquals("RU", stPetersburg.countryCode());
    assertEquals(stPetersburg, gazetteer.lookup("Saint-Petersburg").get(0));
    assertEquals(gazetteer.lookup("Córdoba"), gazetteer.lookup("cordoba"));
    assertTrue(gazetteer.lookup("Nowhereville Upon Nothing").isEmpty());
  }

  @Test
  void placesLieWithinTheirCountryAndDivision() {
    Place kyiv = gazetteer.lookup("Kyiv").get(0);
    Place ukraine = gazetteer.country("UA").orElseThrow();
    Place poland = gazetteer.country("PL").orElseThrow();
    assertTrue(gazetteer.isWithin(kyiv, ukraine));
    assertFalse(gazetteer.isWithin(kyiv, poland));
    assertFalse(gazetteer.isWithin(ukraine, ukraine));
    assertFalse(gazetteer.isWithin(ukraine, kyiv));

    Place parisTexas = gazetteer.lookup("Paris").stream()
        .filter(p -> p.firstLevelDivision().map(d -> d.code().equals("US.TX")).orElse(false))
        .findFirst().orElseThrow();
    Place texas = gazetteer.firstLevelDivision("US.TX").orElseThrow();
    assertTrue(gazetteer.isWithin(parisTexas, texas));
    assertTrue(gazetteer.isWithin(texas, gazetteer.country("US").orElseThrow()));
    assertFalse(gazetteer.isWithin(parisTexas, gazetteer.country("FR").orElseThrow()));
    assertEquals(List.of(texas, gazetteer.country("US").orElseThrow()),
        gazetteer.enclosing(parisTexas));
    assertEquals(List.of(), gazetteer.enclosing(ukraine));
  }

  @Test
  void malformedInputIsRefusedWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.read(gzip("name\tcountry\nParis\tFR\n")));
    assertTrue(e.getMessage().contains("not a Dossier place gazetteer"), e.getMessage());
    IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.read(gzip(GazetteerFormat.HEADER + "\ncountry:XX\tonly two\n")));
    assertTrue(columns.getMessage().contains("line 2 has 2 columns"), columns.getMessage());
  }

  private static Place only(List<Place> places, String countryCode) {
    List<Place> inCountry = places.stream().filter(p -> p.countryCode().equals(countryCode)).toList();
    assertEquals(1, inCountry.size(), inCountry.toString());
    return inCountry.get(0);
  }

  private static ByteArrayInputStream gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
