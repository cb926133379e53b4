package io.github.dossier.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tags the CBC sample and three Wikinews articles with the shipped models. The expectations were
 * checked by hand against the articles (see {@code articles/README.md} for their sources).
 */
class EnglishEntityTaggerTest {

  private static EnglishEntityTagger tagger;
  private static String sampleBody;
  private static TaggedText sample;
  private static final List<String> FIXTURES =
      List.of(Fixtures.SAMPLE, Fixtures.UK_PARLIAMENT, Fixtures.EL_PASO, Fixtures.PUERTO_RICO);

  @BeforeAll
  static void tagSample() {
    tagger = EnglishEntityTagger.create();
    sampleBody = new PageDumpCleaner().clean(Fixtures.read(Fixtures.SAMPLE)).body();
    sample = tagger.tag(sampleBody);
  }

  private static String body(String fixture) {
    return new PageDumpCleaner().clean(Fixtures.read(fixture)).body();
  }

  /** The entity of this type that has a mention written exactly {@code form}. */
  private static Optional<Entity> withForm(TaggedText tagged, EntityType type, String form) {
    return tagged.entities(type).stream().filter(e -> e.forms().contains(form)).findFirst();
  }

  private static Entity assertEntity(TaggedText tagged, EntityType type, String form, String name) {
    Optional<Entity> e = withForm(tagged, type, form);
    assertTrue(e.isPresent(), () -> type + " \"" + form + "\" not found in " + tagged.entities());
    assertEquals(name, e.get().name(), () -> "display name of the entity mentioned as " + form);
    return e.get();
  }

  private static Set<String> allForms(TaggedText tagged) {
    return tagged.entities().stream().flatMap(e -> e.forms().elementSet().stream()).collect(Collectors.toSet());
  }

  @Test
  void findsThePeopleOfTheSample() {
    assertEntity(sample, EntityType.PERSON, "Zelenskyy", "Volodymyr Zelenskyy");
    assertEntity(sample, EntityType.PERSON, "Witkoff", "Steve Witkoff");
    assertEntity(sample, EntityType.PERSON, "Kushner", "Jared Kushner");
    assertEntity(sample, EntityType.PERSON, "Trump", "Donald Trump");
    assertEntity(sample, EntityType.PERSON, "Putin", "Vladimir Putin");
    assertEntity(sample, EntityType.PERSON, "Friedrich Merz", "Friedrich Merz");
    assertEntity(sample, EntityType.PERSON, "Peskov", "Dmitry Peskov");
    assertEntity(sample, EntityType.PERSON, "Metreweli", "Blaise Metreweli");
    assertEntity(sample, EntityType.PERSON, "Knighton", "Richard Knighton");
  }

  @Test
  void findsThePlacesAndOrganizationsOfTheSample() {
    for (String place : List.of("Kyiv", "Ukraine", "Russia", "Berlin", "Miami", "U.S.")) {
      assertEntity(sample, EntityType.LOCATION, place, place);
    }
    assertTrue(withForm(sample, EntityType.ORGANIZATION, "U.S.").isEmpty(), "a country is a place, not an organization");
    assertEntity(sample, EntityType.ORGANIZATION, "NATO", "NATO");
    assertEquals(Optional.of("NATO"), sample.entity(EntityType.ORGANIZATION, "nato").map(Entity::name));
    // the model misses MI6; "MI6 chief" and "MI6 spy agency" make it an organization, and the other mentions follow
    Entity mi6 = assertEntity(sample, EntityType.ORGANIZATION, "MI6", "MI6");
    assertTrue(mi6.mentionCount() >= 3, () -> "MI6 is named at least three times in the body: " + mi6.mentions());
    assertTrue(allForms(sample).stream().noneMatch(f -> f.startsWith("The ")), () -> "sentence-initial The: " + allForms(sample));
  }

  @Test
  void putinIsOneEntityWithTheFullNameAsCanonicalName() {
    List<Entity> putins = sample.entities().stream()
        .filter(e -> e.forms().contains("Putin") || e.forms().contains("Vladimir Putin"))
        .toList();
    assertEquals(1, putins.size(), putins::toString);
    Entity putin = putins.get(0);
    assertEquals(EntityType.PERSON, putin.type());
    assertEquals("Vladimir Putin", putin.name());
    assertEquals("vladimir putin", putin.key());
    assertEquals(Set.of("Vladimir Putin", "Putin"), putin.forms().elementSet());
    assertTrue(putin.mentionCount() >= 10, () -> "Putin is named 11 times: " + putin.mentions());
  }

  @Test
  void possessivesAreStrippedAndStillCount() {
    Entity russia = sample.entity(EntityType.LOCATION, "russia").orElseThrow();
    assertTrue(russia.mentions().stream().anyMatch(m -> sampleBody.startsWith("’s", m.end())),
        () -> "a mention of Russia’s: " + russia.mentions());
    assertTrue(allForms(sample).stream().noneMatch(f -> f.endsWith("’s") || f.endsWith("'s")), allForms(sample)::toString);
  }

  @Test
  void titlesAndRolesAreStrippedFromPeople() {
    assertEntity(sample, EntityType.PERSON, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy");
    assertEntity(sample, EntityType.PERSON, "Alexus Grynkewich", "Alexus Grynkewich");
    assertEntity(sample, EntityType.PERSON, "Richard Knighton", "Richard Knighton");
    assertEntity(sample, EntityType.PERSON, "Dmitry Peskov", "Dmitry Peskov");
    assertEntity(sample, EntityType.PERSON, "Blaise Metreweli", "Blaise Metreweli");
    for (String form : sample.entities(EntityType.PERSON).stream()
        .flatMap(e -> e.forms().elementSet().stream()).toList()) {
      String first = form.split(" ")[0].replace(".", "").toLowerCase(java.util.Locale.ROOT);
      assertFalse(WordLists.TITLES.contains(first) || WordLists.DEMONYMS.contains(first),
          () -> "mention starts with a title or demonym: " + form);
    }
  }

  @Test
  void noJunkEntities() {
    Set<String> forms = allForms(sample);
    for (String junk : List.of("Skip", "WATCH", "Questions", "Article Five", "Thomas Peter/Reuters",
        "Thomas Peter", "Reuters", "The Associated Press", "Kirsty Wigglesworth")) {
      assertFalse(forms.contains(junk), () -> "junk entity " + junk + " in " + forms);
    }
    for (Entity person : sample.entities(EntityType.PERSON)) {
      assertTrue(person.mentions().stream().noneMatch(m -> m.text().contains("/")), person::toString);
    }
  }

  @Test
  void pageFurnitureInAnUncleanedDumpDoesNotBecomeEntities() {
    TaggedText raw = tagger.tag(Fixtures.read(Fixtures.SAMPLE));
    Set<String> forms = allForms(raw);
    for (String junk : List.of("Skip", "WATCH", "Questions", "Article Five", "Thomas Peter/Reuters")) {
      assertFalse(forms.contains(junk), () -> "junk entity " + junk + " in " + forms);
    }
    assertEntity(raw, EntityType.PERSON, "Putin", "Vladimir Putin");
    String dump = Fixtures.read(Fixtures.SAMPLE);
    int hashtags = dump.indexOf("#U.S #offers");
    assertTrue(raw.entities().stream().flatMap(e -> e.mentions().stream()).noneMatch(m -> m.start() >= hashtags),
        "nothing in the hashtag row");
  }

  @Test
  void offsetsAreExactAndMentionsLieInTheirSentences() {
    for (String fixture : FIXTURES) {
      String body = body(fixture);
      TaggedText tagged = tagger.tag(body);
      assertFalse(tagged.sentences().isEmpty(), fixture);
      int previousEnd = 0;
      for (Sentence s : tagged.sentences()) {
        assertTrue(s.start() >= previousEnd && s.end() <= body.length(), () -> fixture + " sentence " + s);
        previousEnd = s.end();
      }
      Set<Mention> seen = new java.util.HashSet<>();
      for (Entity e : tagged.entities()) {
        assertEquals(io.github.dossier.NameNormalizer.normalize(e.name()), e.key(), e::toString);
        for (Mention m : e.mentions()) {
          assertEquals(m.text(), body.substring(m.start(), m.end()), () -> fixture + " " + m);
          Sentence s = tagged.sentences().get(m.sentence());
          assertTrue(s.start() <= m.start() && m.end() <= s.end(), () -> fixture + " " + m + " outside " + s);
          assertTrue(seen.add(m), () -> fixture + ": mention in two entities " + m);
        }
      }
    }
  }

  @Test
  void wikinewsUkParliament() {
    TaggedText t = tagger.tag(body(Fixtures.UK_PARLIAMENT));
    Entity johnson = assertEntity(t, EntityType.PERSON, "Johnson", "Boris Johnson");
    assertTrue(johnson.mentionCount() >= 6, johnson::toString);
    assertEntity(t, EntityType.PERSON, "Jeremy Corbyn", "Jeremy Corbyn");
    assertEntity(t, EntityType.PERSON, "John Bercow", "John Bercow");
    assertEntity(t, EntityType.PERSON, "Elizabeth II", "Elizabeth II"); // "Queen" stripped
    assertEntity(t, EntityType.LOCATION, "Britain", "Britain");
    assertEntity(t, EntityType.LOCATION, "Northern Ireland", "Northern Ireland");
    assertEntity(t, EntityType.ORGANIZATION, "Labour Party", "Labour Party");
    assertEntity(t, EntityType.ORGANIZATION, "BBC", "BBC");
    Set<String> forms = allForms(t);
    for (String junk : List.of("Yesterday", "Per", "Critics", "Prime Minister", "Queen", "Speaker")) {
      assertFalse(forms.contains(junk), () -> "junk " + junk + " in " + forms);
    }
  }

  @Test
  void wikinewsElPaso() {
    TaggedText t = tagger.tag(body(Fixtures.EL_PASO));
    assertEntity(t, EntityType.PERSON, "Bash", "Josh Bash");
    assertEntity(t, EntityType.PERSON, "Andrés Manuel López Obrador", "Andrés Manuel López Obrador");
    Entity crusius = assertEntity(t, EntityType.PERSON, "Crusius", "Patrick Crusius"); // not "... of Allen"
    assertEquals(2, crusius.mentionCount(), crusius::toString);
    assertEntity(t, EntityType.PERSON, "Dee Margo", "Dee Margo");
    Entity allen = assertEntity(t, EntityType.PERSON, "Greg Allen", "Greg Allen");
    assertEquals(1, allen.mentionCount(), () -> "Allen, Texas is a place, not Greg Allen: " + allen);
    for (String place : List.of("El Paso", "Texas", "Mexico", "Dallas", "Ohio", "Ciudad Juárez")) {
      assertEntity(t, EntityType.LOCATION, place, place);
    }
    Set<String> forms = allForms(t);
    for (String junk : List.of("Police", "State", "Federal", "According", "Charges", "Patrick Crusius of Allen")) {
      assertFalse(forms.contains(junk), () -> "junk " + junk + " in " + forms);
    }
  }

  @Test
  void wikinewsPuertoRico() {
    TaggedText t = tagger.tag(body(Fixtures.PUERTO_RICO));
    Entity pierluisi = assertEntity(t, EntityType.PERSON, "Pierluisi", "Pedro R. Pierluisi Urrutia");
    assertTrue(pierluisi.forms().elementSet().containsAll(Set.of("Pedro R. Pierluisi Urrutia", "Pierluisi Urrutia")),
        pierluisi::toString);
    assertTrue(pierluisi.mentionCount() >= 12, () -> "Pierluisi is named 15 times: " + pierluisi);
    assertEquals(1, t.entities(EntityType.PERSON).stream().filter(e -> e.name().contains("Pierluisi")).count(),
        "one Pierluisi entity");
    Entity rossello = withForm(t, EntityType.PERSON, "Rosselló").orElseThrow();
    // "Governor Ricardo Rosselló Nevares": the title is stripped, the full name is kept
    assertTrue(rossello.name().startsWith("Ricardo Rosselló"), rossello::toString);
    assertEntity(t, EntityType.PERSON, "Thomas Rivera Schatz", "Thomas Rivera Schatz"); // "Senate President" stripped
    assertEntity(t, EntityType.PERSON, "Juan Dalmau", "Juan Dalmau"); // "Senator" stripped
    assertEntity(t, EntityType.LOCATION, "Puerto Rico", "Puerto Rico");
    assertEntity(t, EntityType.LOCATION, "United States", "United States");
    Set<String> forms = allForms(t);
    for (String junk : List.of("Governor", "Secretary", "Following", "Spanish", "Honorable")) {
      assertFalse(forms.contains(junk), () -> "junk " + junk + " in " + forms);
    }
  }

  @Test
  void concurrentTaggingGivesTheSameResults() throws Exception {
    List<String> bodies = FIXTURES.stream().map(EnglishEntityTaggerTest::body).toList();
    List<TaggedText> expected = bodies.stream().map(tagger::tag).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TaggedText>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        int offset = thread;
        futures.add(pool.submit(() -> {
          List<TaggedText> results = new ArrayList<>();
          for (int i = 0; i < 2 * bodies.size(); i++) {
            results.add(tagger.tag(bodies.get((i + offset) % bodies.size())));
          }
          return results;
        }));
      }
      for (int thread = 0; thread < 4; thread++) {
        List<TaggedText> results = futures.get(thread).get();
        for (int i = 0; i < results.size(); i++) {
          assertEquals(expected.get((i + thread) % bodies.size()), results.get(i), "thread " + thread + " run " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builderPlugsInAnotherModelAndTokenStyle() {
    EnglishEntityTagger explicit = EnglishEntityTagger.builder()
        .addNerModel(io.github.dossier.analyzers.ner.NerModel.loadDefault())
        .build();
    assertEquals(sample, explicit.tag(sampleBody), "the shipped model passed explicitly tags the same");
    TaggedText udStyle = EnglishEntityTagger.builder().splitHyphens(true).build().tag(sampleBody);
    assertEntity(udStyle, EntityType.PERSON, "Putin", "Vladimir Putin");
    assertThrows(NullPointerException.class, () -> EnglishEntityTagger.builder().addNameFinderModel(null));
  }

  @Test
  void blankTextHasNothingAndNullIsRejected() {
    assertEquals(TaggedText.empty(), tagger.tag("  \n "));
    assertThrows(NullPointerException.class, () -> tagger.tag(null));
  }
}
