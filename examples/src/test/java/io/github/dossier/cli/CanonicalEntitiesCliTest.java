package io.github.dossier.cli;

import static io.github.dossier.cli.DossierCliTest.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dossier.cli.DossierCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the shipped tagger and gazetteer: articles that spell one person differently
 * and name ambiguous places are indexed with canonical keys, found by place, and profiled.
 */
class CanonicalEntitiesCliTest {
  @TempDir static Path dir;
  static Path index;
  static Path curated;

  @BeforeAll
  static void indexArticles() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("news.jsonl"), String.join("\n",
        line("kyiv", "2025-12-01", "Ukrainian President Volodymyr Zelenskyy met envoys in Kyiv on "
            + "Monday. Zelenskyy said the talks in Kyiv were useful."),
        line("berlin", "2025-12-02", "Volodymyr Zelensky arrived in Berlin on Tuesday, where "
            + "German Chancellor Friedrich Merz hosted talks. Zelensky said Russian drones struck "
            + "Kharkiv overnight."),
        line("paris-fr", "2025-12-03", "French President Emmanuel Macron spoke in Paris on "
            + "Wednesday. Macron said France would keep supporting its allies."),
        line("paris-tx", "2025-12-04", "A tornado hit Paris, Texas, on Thursday. Officials in "
            + "Paris said dozens of homes were damaged.")) + "\n");
    index = dir.resolve("index");
    Run run = dossier("index", "--index", index.toString(), corpus.toString());
    assertEquals(0, run.code(), run.err());
    curated = dir.resolve("curated");
    run = dossier("index", "--index", curated.toString(), corpus.toString());
    assertEquals(0, run.code(), run.err());
  }

  private static String line(String id, String date, String text) {
    return "{\"id\": \"" + id + "\", \"title\": \"" + id + "\", \"date\": \"" + date
        + "\", \"text\": \"" + text + "\"}";
  }

  private static Set<String> ids(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString(), "--json"));
    all.addAll(List.of(args));
    Run run = dossier(all.toArray(String[]::new));
    assertEquals(0, run.code(), run.err());
    Set<String> ids = new HashSet<>();
    run.json().get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void twoSpellingsOfOnePersonAreOneEntityWithItsProfile() throws IOException {
    Run run = dossier("entity", "--index", index.toString(), "--json", "Zelensky");
    assertEquals(0, run.code(), run.err());
    JsonNode profile = run.json();
    assertEquals("PERSON", profile.get("type").asText());
    assertEquals(2, profile.get("articles").asInt(), profile.toString());
    Set<String> aliases = new HashSet<>();
    profile.get("aliases").forEach(a -> aliases.add(a.get("form").asText()));
    assertTrue(aliases.containsAll(Set.of("Volodymyr Zelenskyy", "Volodymyr Zelensky")),
        aliases.toString());
    assertEquals("2025-12-01T00:00:00Z", profile.get("firstSeen").asText());
    assertEquals("2025-12-02T00:00:00Z", profile.get("lastSeen").asText());
    Set<String> descriptors = new HashSet<>();
    profile.get("descriptors").forEach(d -> descriptors.add(d.get("text").asText()));
    assertTrue(descriptors.contains("Ukrainian President"), descriptors.toString());

    Run text = dossier("entity", "--index", index.toString(), "Friedrich Merz");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("descriptors:  German Chancellor (1)"), text.out());
  }

  @Test
  void parisFranceAndParisTexasAreTwoPlaces() throws IOException {
    JsonNode json = dossier("entities", "--index", index.toString(), "--type", "place", "--top",
        "20", "--json").json();
    Map<String, String> parisKeys = new HashMap<>();
    for (JsonNode e : json.get("entities")) {
      if (e.get("name").asText().equals("Paris")) {
        parisKeys.put(e.get("key").asText(), e.get("name").asText());
      }
    }
    assertEquals(2, parisKeys.size(), json.toString());
    Run place = dossier("entity", "--index", index.toString(), "--json", "geonames:2988507");
    assertEquals(0, place.code(), place.err());
    JsonNode geo = place.json().get("place");
    assertEquals("FR", geo.get("countryCode").asText());
    assertEquals(2988507, geo.get("geonameId").asLong());
    assertNotEquals(0.0, geo.get("latitude").asDouble());
  }

  @Test
  void withinAndNearFindArticlesByTheirPlaces() throws IOException {
    assertEquals(Set.of("kyiv", "berlin"), ids("--within", "Ukraine"));
    assertEquals(Set.of("kyiv", "berlin"), ids("--within", "country:UA"));
    assertEquals(Set.of("paris-tx"), ids("--within", "Texas"));
    assertEquals(Set.of("paris-fr"), ids("--near", "48.85,2.35,20"));
    assertEquals(Set.of("berlin"), ids("--within", "Ukraine", "Merz"));
    assertEquals(Set.of("kyiv"), ids("within:\"country:UA\" near:(50.45,30.52,30km)"));
  }

  @Test
  void anAmbiguousWithinNameSaysWhichPlaceItChose() throws IOException {
    Run run = dossier("search", "--index", index.toString(), "--within", "Paris");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("'Paris' may be"), run.err());
    assertTrue(run.err().contains("geonames:2988507"), run.err());
    Run unknown = dossier("search", "--index", index.toString(), "--within", "Xqzvbwk");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no place named 'Xqzvbwk'"), unknown.err());
  }

  @Test
  void anAliasFileIsAppliedStoredAndCleared() throws IOException {
    Path aliases = dir.resolve("aliases.txt");
    Files.writeString(aliases, "add person \"Steve Witkoff\": Witkoff\n"
        + "rename person: Friedrich Merz -> Chancellor Merz\n"
        + "block place: Kharkiv\n");
    Run run = dossier("curate", "--index", curated.toString(), aliases.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("applied 3 directives; 1 article rewritten"), run.out());
    assertEquals("Chancellor Merz", dossier("entity", "--index", curated.toString(), "--json",
        "Friedrich Merz").json().get("name").asText());
    assertTrue(dossier("curate", "--index", curated.toString(), "--show").out()
        .contains("block place: Kharkiv"));
    Run clear = dossier("curate", "--index", curated.toString(), "--clear");
    assertTrue(clear.out().startsWith("applied 0 directives; 1 article rewritten"), clear.out());
    assertEquals("Friedrich Merz", dossier("entity", "--index", curated.toString(), "--json",
        "Friedrich Merz").json().get("name").asText());
    Run bad = dossier("curate", "--index", curated.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("exactly one of FILE, --clear or --show"), bad.err());
  }
}
