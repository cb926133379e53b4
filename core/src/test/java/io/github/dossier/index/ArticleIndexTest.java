package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.EntityType;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle of an index: adding, updating, deleting, committing, reopening, locking, failing. */
class ArticleIndexTest {
  @TempDir Path dir;

  @Test
  void addedArticlesAreSearchableAtOnceAndSurviveReopening() throws IOException {
    Path path = dir.resolve("index");
    try (ArticleIndex index = ArticleIndex.open(path, News.tagger())) {
      assertEquals(0, index.size());
      assertEquals(IndexResult.ADDED, index.add(News.GUARANTEES));
      // visible before any commit
      assertEquals(1, index.size());
      assertEquals(1, index.search("guarantees", 10).total());
      assertEquals(IndexResult.ADDED, index.add(News.BERLIN));
      assertEquals(2, index.search("person:zelenskyy", 10).total());
    } // close commits
    try (ArticleIndex index = ArticleIndex.open(path, News.tagger())) {
      assertEquals(2, index.size());
      assertEquals(2, index.search("person:zelenskyy", 10).total());
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(path)) {
      assertTrue(index.isReadOnly());
      assertEquals(2, index.size());
      assertThrows(IllegalStateException.class, () -> index.add(News.PUTIN));
      assertThrows(IllegalStateException.class, () -> index.delete("reuters-berlin"));
    }
  }

  @Test
  void addingTheSameIdReplacesTheArticle() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, News.tagger())) {
      index.add(News.GUARANTEES);
      index.commit();
      Article corrected =
          News.GUARANTEES.toBuilder()
              .title("Correction: U.S. offers guarantees to Kyiv")
              .body("Donald Trump said the United States would back Ukraine with an armistice plan.")
              .build();
      assertEquals(IndexResult.UPDATED, index.add(corrected));
      assertEquals(1, index.size());
      assertEquals(0, index.search("\"security guarantees\"", 10).total());
      assertEquals(1, index.search("armistice", 10).total());
      assertEquals(0, index.search("person:zelenskyy", 10).total());
      assertEquals(IndexResult.UPDATED, index.add(News.GUARANTEES));
      assertEquals(IndexResult.ADDED, index.add(News.BERLIN));
      assertEquals(2, index.size());
      assertEquals(News.GUARANTEES, index.get("cbc-guarantees").orElseThrow().article());
    }
  }

  @Test
  void deleteRemovesTheArticleAndReportsWhetherItExisted() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, News.tagger())) {
      index.add(News.PUTIN);
      index.add(News.ODESA);
      index.commit();
      assertTrue(index.delete("ap-putin"));
      assertFalse(index.delete("ap-putin"));
      assertFalse(index.delete("no-such-article"));
      assertEquals(1, index.size());
      assertEquals(0, index.search("person:putin", 10).total());
      assertEquals(Optional.empty(), index.get("ap-putin"));
      assertEquals(IndexResult.ADDED, index.add(News.PUTIN));
      assertTrue(index.delete("ap-putin"));
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
      assertEquals(1, index.size());
      assertEquals(Optional.empty(), index.get("ap-putin"));
    }
  }

  @Test
  void getReturnsTheArticleAndItsEntitiesExactlyAsIndexed() throws IOException {
    FakeTagger tagger = News.tagger();
    try (ArticleIndex index = ArticleIndex.open(dir, tagger)) {
      for (Article a : News.ALL) {
        index.add(a);
      }
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
      for (Article a : News.ALL) {
        IndexedArticle stored = index.get(a.id()).orElseThrow();
        assertEquals(a, stored.article());
        assertEquals(tagger.tag(a.body()), stored.tagged());
      }
      IndexedArticle guarantees = index.get("cbc-guarantees").orElseThrow();
      assertEquals("World", guarantees.article().metadata().get("section"));
      Entity zelenskyy = guarantees.tagged().entity(EntityType.PERSON, "volodymyr zelenskyy").orElseThrow();
      assertEquals(3, zelenskyy.mentionCount());
      for (Mention m : zelenskyy.mentions()) {
        assertEquals(m.text(), guarantees.article().body().substring(m.start(), m.end()));
      }
      assertEquals(Optional.empty(), index.get("missing"));
    }
  }

  @Test
  void preTaggedArticlesAreIndexedAsGiven() throws IOException {
    String body = "Kaja Kallas met Kallas's Estonian colleagues in Tallinn.";
    TaggedText tagged =
        new TaggedText(
            List.of(new Sentence(0, body.length())),
            List.of(
                new Entity("kaja kallas", "Kaja Kallas", EntityType.PERSON,
                    List.of(new Mention("Kaja Kallas", 0, 11, 0), new Mention("Kallas", 16, 22, 0))),
                new Entity("tallinn", "Tallinn", EntityType.LOCATION,
                    List.of(new Mention("Tallinn", 48, 55, 0)))));
    try (ArticleIndex index = ArticleIndex.open(dir, EntityTagger.none())) {
      assertEquals(IndexResult.ADDED, index.add(Article.builder("err-1", body).build(), tagged));
      assertEquals(1, index.search("person:kallas place:tallinn", 10).total());
      assertEquals(tagged, index.get("err-1").orElseThrow().tagged());
      // with the no-op tagger an article has text but no entities
      index.add(Article.builder("err-2", body).build());
      assertEquals(2, index.search("Tallinn", 10).total());
      assertEquals(1, index.search("place:tallinn", 10).total());
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() throws IOException {
    Path path = dir.resolve("locked");
    try (ArticleIndex first = ArticleIndex.open(path, News.tagger())) {
      first.add(News.TRADE);
      IndexLockedException e =
          assertThrows(IndexLockedException.class, () -> ArticleIndex.open(path, News.tagger()));
      assertEquals(
          "index " + path.toAbsolutePath()
              + " is already open for writing (write.lock held by another writer)",
          e.getMessage());
      // readers are welcome while the writer is open; they see the last commit
      try (ArticleIndex reader = ArticleIndex.openReadOnly(path)) {
        assertEquals(0, reader.size());
        first.commit();
        assertEquals(1, reader.size());
      }
      assertEquals(1, first.size());
    }
    try (ArticleIndex again = ArticleIndex.open(path, News.tagger())) {
      assertEquals(1, again.size());
    }
  }

  @Test
  void readOnlyOpenOfAMissingOrEmptyDirectoryFails() throws IOException {
    Path missing = dir.resolve("nothing-here");
    NoIndexException e = assertThrows(NoIndexException.class, () -> ArticleIndex.openReadOnly(missing));
    assertEquals("no Dossier index at " + missing.toAbsolutePath(), e.getMessage());
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThrows(NoIndexException.class, () -> ArticleIndex.openReadOnly(empty));
    assertFalse(Files.exists(missing));
  }

  @Test
  void aLuceneIndexThatIsNotADossierIndexIsLeftAlone() throws IOException {
    Path foreign = dir.resolve("foreign");
    try (FSDirectory directory = FSDirectory.open(foreign);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("name", "not an article", Field.Store.YES));
      writer.addDocument(doc);
    }
    IOException e = assertThrows(IOException.class, () -> ArticleIndex.open(foreign, News.tagger()));
    assertEquals(
        "the Lucene index at " + foreign.toAbsolutePath()
            + " is not a Dossier index (its commits lack dossier.format)",
        e.getMessage());
    assertThrows(IOException.class, () -> ArticleIndex.openReadOnly(foreign));
  }

  @Test
  void undatedArticlesSortLastEitherWay() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, News.tagger())) {
      index.add(Article.builder("undated", "Kyiv residents queued for water after the strike.").build());
      index.add(News.GUARANTEES);
      index.add(News.TRADE.toBuilder().id("trade-kyiv").body("A Kyiv delegation joined the trade talks.").build());
      assertEquals(List.of("cbc-guarantees", "trade-kyiv", "undated"),
          index.search("Kyiv", 10, SortOrder.NEWEST_FIRST).hits().stream().map(Hit::id).toList());
      assertEquals(List.of("trade-kyiv", "cbc-guarantees", "undated"),
          index.search("Kyiv", 10, SortOrder.OLDEST_FIRST).hits().stream().map(Hit::id).toList());
    }
  }

  @Test
  void hugeLimitsAreFine() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, News.tagger())) {
      assertEquals(0, index.search("Kyiv", Integer.MAX_VALUE).total());
      index.add(News.GUARANTEES);
      assertEquals(1, index.search("Kyiv", Integer.MAX_VALUE).hits().size());
    }
  }

  @Test
  void aFailedAddLosesNothing() throws IOException {
    Path path = dir.resolve("index");
    FakeTagger good = News.tagger();
    EntityTagger failing =
        text -> {
          if (text.contains("Odesa")) {
            throw new IllegalStateException("tagger model failed on this text");
          }
          return good.tag(text);
        };
    try (ArticleIndex index = ArticleIndex.open(path, failing)) {
      index.add(News.GUARANTEES);
      index.commit();
      index.add(News.BERLIN); // not yet committed
      IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> index.add(News.ODESA));
      assertEquals("tagger model failed on this text", thrown.getMessage());
      // an update whose tagged text does not fit the body is refused; the old version stays
      TaggedText outside =
          new TaggedText(List.of(), List.of(new Entity("kyiv", "Kyiv", EntityType.LOCATION,
              List.of(new Mention("Kyiv", 5000, 5004, 0)))));
      IllegalArgumentException bad =
          assertThrows(IllegalArgumentException.class, () -> index.add(News.GUARANTEES, outside));
      assertTrue(bad.getMessage().contains("cbc-guarantees"), bad.getMessage());
      assertTrue(bad.getMessage().contains("outside its body"), bad.getMessage());
      assertEquals(2, index.size());
      assertEquals(1, index.search("\"security guarantees\"", 10).total());
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(path)) {
      assertEquals(2, index.size());
      assertEquals(News.GUARANTEES, index.get("cbc-guarantees").orElseThrow().article());
      assertTrue(index.get("reuters-berlin").isPresent());
    }
  }

  @Test
  void closedIndexRefusesWork() throws IOException {
    ArticleIndex index = ArticleIndex.open(dir, News.tagger());
    index.close();
    index.close(); // twice is fine
    assertThrows(AlreadyClosedException.class, () -> index.size());
    assertThrows(AlreadyClosedException.class, () -> index.add(News.TRADE));
  }

  @Test
  void badArgumentsNameWhatIsWrong() throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir, News.tagger())) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> index.search("Kyiv", -1));
      assertEquals("limit must be >= 0, got -1", e.getMessage());
      assertThrows(NullPointerException.class, () -> index.add(null));
      assertThrows(IllegalArgumentException.class, () -> index.topEntities(EntityType.PERSON, null, -3));
    }
  }
}
