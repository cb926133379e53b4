package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's alias file: merge, split, rename, add and block, stored with the index. */
class CurationTest {
  static final String ALIASES = String.join("\n",
      "# corrections for the Ukraine desk",
      "merge person: Volodymyr Zelensky = Volodymyr Zelenskyy",
      "add person \"Steve Witkoff\": Witkoff   # the tagger misses the bare surname",
      "block org: Getty Images",
      "split person: John Smith | J. Smith -> Jane Smith",
      "rename place: Kyiv -> Kyiv City",
      "");

  @TempDir Path dir;

  static FakeTagger tagger() {
    return new FakeTagger()
        .person("Volodymyr Zelenskyy", "Zelenskyy")
        .person("Volodymyr Zelensky")
        .person("John Smith", "J. Smith")
        .org("Getty Images")
        .place("Kyiv");
  }

  static void addArticles(ArticleIndex index) throws IOException {
    index.add(Article.builder("a", "Volodymyr Zelenskyy met Witkoff in Kyiv. Photo: Getty Images.")
        .build());
    index.add(Article.builder("b", "Volodymyr Zelensky spoke. Witkoff listened.").build());
    index.add(Article.builder("c", "John Smith wrote to J. Smith, his sister.").build());
    index.add(Article.builder("d", "Markets were calm.").build());
  }

  static Set<String> ids(ArticleIndex index, String query) throws IOException {
    return index.search(query, 10).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  @Test
  void directivesRewriteTheEntitiesOfStoredArticles() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      addArticles(index);
      index.commit();
      assertEquals(1, index.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow()
          .articles(), "before: each spelling is its own entity");

      assertEquals(3, index.applyCuration(Curation.parse(ALIASES)), "a, b and c change; d not");

      EntityProfile z = index.profile(EntityType.PERSON, "Volodymyr Zelensky").orElseThrow();
      assertEquals("volodymyr zelenskyy", z.key());
      assertEquals(2, z.articles());
      assertEquals(Map.of("Volodymyr Zelenskyy", 1L, "Volodymyr Zelensky", 1L), z.aliases());
      assertEquals(Set.of("a", "b"), ids(index, "person:Witkoff"));
      assertEquals(Set.of(), ids(index, "org:\"Getty Images\""));
      EntityProfile jane = index.profile(EntityType.PERSON, "Jane Smith").orElseThrow();
      assertEquals(Map.of("J. Smith", 1L), jane.aliases());
      assertEquals(Map.of("John Smith", 1L),
          index.profile(EntityType.PERSON, "John Smith").orElseThrow().aliases());
      assertEquals("Kyiv City", index.profile(EntityType.LOCATION, "kyiv").orElseThrow().name());
      // the body is untouched: free text still finds the blocked name
      assertEquals(Set.of("a"), ids(index, "\"Getty Images\""));
    }
  }

  @Test
  void curationSurvivesReopeningAndAppliesToNewArticles() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      addArticles(index);
      index.applyCuration(Curation.parse(ALIASES));
    }
    try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
      assertEquals(Curation.parse(ALIASES), reader.curation());
    }
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      assertEquals(5, index.curation().size());
      index.add(Article.builder("e", "Volodymyr Zelensky thanked Getty Images.").build());
      index.commit();
      assertEquals(3, index.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow()
          .articles());
      assertEquals(Set.of(), ids(index, "org:\"Getty Images\""));
    }
  }

  @Test
  void reapplyingStartsFromTheTaggersEntitiesSoAnEmptyCurationUndoesAll() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      addArticles(index);
      index.applyCuration(Curation.parse(ALIASES));
      // dropping the block but keeping the merge
      index.applyCuration(Curation.parse(
          "merge person: Volodymyr Zelensky = Volodymyr Zelenskyy"));
      assertEquals(Set.of("a"), ids(index, "org:\"Getty Images\""));
      assertEquals(Set.of(), ids(index, "person:Witkoff"));
      assertEquals(2, index.entity(EntityType.PERSON, "Volodymyr Zelensky").orElseThrow()
          .articles());

      assertEquals(1, index.applyCuration(Curation.empty()), "only b still differs");
      assertEquals(1, index.entity(EntityType.PERSON, "Volodymyr Zelensky").orElseThrow()
          .articles());
      assertTrue(index.curation().isEmpty());
    }
    try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
      assertTrue(reader.curation().isEmpty());
    }
  }

  @Test
  void aCurationThatFailsHalfwayLeavesTheArticlesAndTheOldCurationAsTheyWere() throws IOException {
    Curation merge = Curation.parse("merge person: Volodymyr Zelensky = Volodymyr Zelenskyy");
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      addArticles(index);
      index.applyCuration(merge);
      assertEquals(2, index.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow()
          .articles());

      int[] rewrites = {0};
      index.beforeCuratedRewrite = id -> {
        if (++rewrites[0] == 3) {
          throw new IllegalStateException("disk full while rewriting " + id);
        }
      };
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> index.applyCuration(Curation.parse(ALIASES)));
      assertTrue(e.getMessage().startsWith("disk full"), e.getMessage());
      assertEquals(3, rewrites[0], "two articles were rewritten before the failure");

      // the two rewritten articles are back as they were, and the old curation still applies
      assertEquals(merge, index.curation());
      assertEquals(Set.of("a"), ids(index, "org:\"Getty Images\""), "the block was not applied");
      assertEquals(Set.of(), ids(index, "person:Witkoff"), "the add was not applied");
      assertEquals(2, index.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow()
          .articles(), "the earlier merge is intact");
      index.beforeCuratedRewrite = id -> {};
      index.add(Article.builder("e", "Witkoff met Volodymyr Zelensky.").build());
      index.commit();
    }
    // a later commit made nothing of the failed curation durable
    try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
      assertEquals(merge, reader.curation());
      assertEquals(Set.of("a"), ids(reader, "org:\"Getty Images\""));
      assertEquals(Set.of(), ids(reader, "person:Witkoff"));
      assertEquals(3, reader.entity(EntityType.PERSON, "Volodymyr Zelenskyy").orElseThrow()
          .articles(), "a, b by the merge, and the new e");
      assertEquals(5, reader.size());
    }
    // and the same curation applies cleanly afterwards
    try (ArticleIndex index = ArticleIndex.open(dir, tagger())) {
      index.applyCuration(Curation.parse(ALIASES));
      assertEquals(Set.of("a", "b", "e"), ids(index, "person:Witkoff"));
    }
  }

  @Test
  void badLinesNameTheirNumberAndTheProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Curation.parse("# ok\nmerge person: A = B\nfuse person: A = B"));
    assertTrue(e.getMessage().startsWith("line 3: cannot read 'fuse person: A = B'"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Curation.parse("block animal: Rex"));
    assertTrue(e.getMessage().contains("line 1: unknown entity type 'animal'"), e.getMessage());
  }
}
