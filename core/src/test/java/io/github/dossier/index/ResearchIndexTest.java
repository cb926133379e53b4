package io.github.dossier.index;

import io.github.dossier.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests that query the five {@link Research} articles: opens one index of them per
 * test class and names their entities.
 */
abstract class ResearchIndexTest {
  static final EntityId ALICE = new EntityId(EntityType.PERSON, "alice adams");
  static final EntityId BOB = new EntityId(EntityType.PERSON, "bob brown");
  static final EntityId CAROL = new EntityId(EntityType.PERSON, "carol chen");
  static final EntityId PARIS = new EntityId(EntityType.LOCATION, "paris");
  static final EntityId BERLIN = new EntityId(EntityType.LOCATION, "berlin");
  static final EntityId ACME = new EntityId(EntityType.ORGANIZATION, "acme");

  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void openResearchIndex() throws IOException {
    index = Research.index(dir.resolve("index"));
  }

  @AfterAll
  static void closeResearchIndex() throws IOException {
    index.close();
  }
}
