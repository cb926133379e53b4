package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile of an entity across articles: aliases, dates, place and descriptors. */
class EntityProfileTest {
  @TempDir Path dir;

  @Test
  void profileCollectsAliasesDatesDescriptorsAndPlace() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("i"), new PlacesTest.PlacingTagger())) {
      index.add(Article.builder("a", "Ukrainian President Volodymyr Zelenskyy spoke in Kiev. "
              + "Zelenskyy thanked allies.")
          .published(Instant.parse("2025-12-01T10:00:00Z")).build());
      index.add(Article.builder("b", "Talks went on, President Zelenskyy said.")
          .published(Instant.parse("2025-12-15T10:00:00Z")).build());
      index.add(Article.builder("c", "Volodymyr Zelenskyy flew to Odesa.").build());
      index.commit();

      EntityProfile z = index.profile(EntityType.PERSON, "zelenskyy").orElseThrow();
      assertEquals("Volodymyr Zelenskyy", z.name());
      assertEquals(3, z.articles());
      assertEquals(4, z.mentions());
      assertEquals(Map.of("Volodymyr Zelenskyy", 2L, "Zelenskyy", 2L), z.aliases());
      assertEquals(List.of("Volodymyr Zelenskyy", "Zelenskyy"), List.copyOf(z.aliases().keySet()));
      assertEquals(Optional.of(Instant.parse("2025-12-01T10:00:00Z")), z.firstSeen());
      assertEquals(Optional.of(Instant.parse("2025-12-15T10:00:00Z")), z.lastSeen());
      assertEquals(Map.of("Ukrainian President", 1L, "President", 1L), z.descriptors());
      assertTrue(z.place().isEmpty());

      // a place by its id, and by an alias the article used
      EntityProfile kyiv = index.profile(null, "geonames:703448").orElseThrow();
      assertEquals(EntityType.LOCATION, kyiv.type());
      assertEquals("Kyiv", kyiv.name());
      assertEquals(Optional.of(PlacesTest.KYIV), kyiv.place());
      assertEquals(Map.of("Kiev", 1L), kyiv.aliases());
      assertEquals(kyiv, index.profile(EntityType.LOCATION, "Kiev").orElseThrow());
      assertEquals(Optional.empty(), index.profile(null, "Nobody"));
    }
  }
}
