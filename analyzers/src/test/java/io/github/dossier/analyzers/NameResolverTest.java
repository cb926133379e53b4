package io.github.dossier.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NameResolverTest {

  /** Candidates for every listed name, each at its first occurrence after the previous one. */
  private static List<Candidate> candidates(String text, Object... typeAndName) {
    List<Candidate> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < typeAndName.length; i += 2) {
      EntityType type = (EntityType) typeAndName[i];
      String name = (String) typeAndName[i + 1];
      int start = text.indexOf(name, from);
      out.add(new Candidate(type, name, start, start + name.length(), 0, 0, 1, 0.9));
      from = start + name.length();
    }
    return out;
  }

  private static Set<String> forms(Entity e) {
    return e.mentions().stream().map(Mention::text).collect(Collectors.toSet());
  }

  @Test
  void shortFormsJoinTheFullName() {
    String text = "Putin spoke. Russian President Vladimir Putin said so. PUTIN later denied it; Vladimir agreed.";
    List<Entity> entities = NameResolver.resolve(text, candidates(text,
        EntityType.PERSON, "Putin", EntityType.PERSON, "Vladimir Putin",
        EntityType.PERSON, "PUTIN", EntityType.PERSON, "Vladimir"));
    assertEquals(1, entities.size());
    Entity putin = entities.get(0);
    assertEquals("Vladimir Putin", putin.name());
    assertEquals("vladimir putin", putin.key());
    assertEquals(Set.of("Putin", "Vladimir Putin", "PUTIN", "Vladimir"), forms(putin));
    assertEquals(4, putin.mentionCount());
  }

  @Test
  void shorterNameJoinsALongerOneWithTheSameWordsInOrder() {
    String text = "Pedro Pierluisi was sworn in. Pedro R. Pierluisi Urrutia, Pierluisi Urrutia and Pierluisi.";
    List<Entity> entities = NameResolver.resolve(text, candidates(text,
        EntityType.PERSON, "Pedro Pierluisi", EntityType.PERSON, "Pedro R. Pierluisi Urrutia",
        EntityType.PERSON, "Pierluisi Urrutia", EntityType.PERSON, "Pierluisi"));
    assertEquals(1, entities.size(), entities::toString);
    assertEquals("Pedro R. Pierluisi Urrutia", entities.get(0).name());
    assertEquals(4, entities.get(0).mentionCount());
  }

  @Test
  void ambiguousSurnameJoinsTheNearestPrecedingFullName() {
    String text = "John Smith met Jane Smith. Smith said no. Later John Smith left and Smith stayed.";
    List<Entity> entities = NameResolver.resolve(text, candidates(text,
        EntityType.PERSON, "John Smith", EntityType.PERSON, "Jane Smith", EntityType.PERSON, "Smith",
        EntityType.PERSON, "John Smith", EntityType.PERSON, "Smith"));
    assertEquals(2, entities.size());
    assertEquals("John Smith", entities.get(0).name());
    assertEquals(3, entities.get(0).mentionCount(), "both John Smith mentions and the last Smith");
    assertEquals("Jane Smith", entities.get(1).name());
    assertEquals(2, entities.get(1).mentionCount(), "Jane Smith and the Smith right after her");
  }

  @Test
  void placesAndOrganizationsJoinOnlyOnEqualNames() {
    String text = "Ukraine and Ukraine’s allies met the Ukraine Defense Group.";
    List<Entity> entities = NameResolver.resolve(text, candidates(text,
        EntityType.LOCATION, "Ukraine", EntityType.LOCATION, "Ukraine",
        EntityType.ORGANIZATION, "Ukraine Defense Group"));
    assertEquals(2, entities.size());
    assertEquals(2, entities.get(0).mentionCount());
  }

  @Test
  void inlineAcronymJoinsItsExpansion() {
    String text = "He spoke at the Royal United Services Institute (RUSI) on Monday. RUSI said so.";
    List<Entity> entities = NameResolver.resolve(text, candidates(text,
        EntityType.ORGANIZATION, "Royal United Services Institute", EntityType.ORGANIZATION, "RUSI",
        EntityType.ORGANIZATION, "RUSI"));
    assertEquals(1, entities.size());
    assertEquals("Royal United Services Institute", entities.get(0).name());
    assertEquals(3, entities.get(0).mentionCount());
  }

  @Test
  void everyMentionBelongsToExactlyOneEntity() {
    String text = "John Smith met Jane Smith. Smith said no.";
    List<Candidate> c = candidates(text, EntityType.PERSON, "John Smith", EntityType.PERSON, "Jane Smith",
        EntityType.PERSON, "Smith");
    List<Entity> entities = NameResolver.resolve(text, c);
    assertEquals(c.size(), entities.stream().mapToInt(Entity::mentionCount).sum());
  }
}
