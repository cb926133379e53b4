package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only index sees each commit of a writer elsewhere on its next read, also when it skips
 * listing the directory because the directory's modification time has not changed for long.
 */
class ReadOnlyRefreshTest {
  @TempDir Path dir;

  @Test
  void aReaderOfADirectoryUnchangedForLongSeesTheNextCommits() throws IOException {
    Path path = dir.resolve("index");
    try (ArticleIndex writer = ArticleIndex.open(path, News.tagger())) {
      writer.add(News.TRADE);
      writer.commit();
      // as if the last commit were an hour old: reads may now skip listing the directory
      Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
      try (ArticleIndex reader = ArticleIndex.openReadOnly(path)) {
        assertEquals(1, reader.size());
        assertEquals(1, reader.size());
        writer.add(News.BERLIN);
        assertEquals(1, reader.size()); // not committed yet
        writer.commit();
        assertEquals(2, reader.size());
        Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        assertEquals(2, reader.size());
        writer.delete(News.TRADE.id());
        writer.commit();
        assertEquals(1, reader.size());
        assertEquals(Optional.empty(), reader.get(News.TRADE.id()));
        assertEquals(News.BERLIN.id(), reader.get(News.BERLIN.id()).orElseThrow().article().id());
      }
    }
  }

  @Test
  void aReaderSeesACommitMadeRightAfterItsLastRead() throws IOException {
    Path path = dir.resolve("fresh");
    try (ArticleIndex writer = ArticleIndex.open(path, News.tagger())) {
      writer.add(News.TRADE);
      writer.commit();
      try (ArticleIndex reader = ArticleIndex.openReadOnly(path)) {
        for (int i = 0; i < 3; i++) {
          assertEquals(1, reader.size());
        }
        writer.add(News.BERLIN);
        writer.commit();
        assertEquals(2, reader.size());
      }
    }
  }
}
