package io.github.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

  @TempDir Path dir;

  private final ArticleSource source = new ArticleSource();

  private List<ArticleSource.Item> readAll(Path root) throws IOException {
    List<ArticleSource.Item> items = new ArrayList<>();
    for (Path file : source.files(List.of(root))) {
      source.read(root, file, items::add);
    }
    return items;
  }

  @Test
  void plainTextFileIdIsItsPathRelativeToTheFolderArgumentAndTitleItsFirstLine() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("2025/dec"));
    Files.writeString(sub.resolve("talks.txt"),
        "\n  Talks resume in Geneva\n\nDiplomats from both sides met on Tuesday in Geneva.\n");
    List<ArticleSource.Item> items = readAll(dir);
    assertEquals(1, items.size());
    Article a = items.get(0).article();
    assertEquals("2025/dec/talks.txt", a.id());
    assertEquals("Talks resume in Geneva", a.title());
    assertTrue(a.body().contains("Diplomats from both sides met on Tuesday in Geneva."));
  }

  @Test
  void aFileArgumentIsIdentifiedByItsFileName() throws IOException {
    Path file = Files.writeString(dir.resolve("note.txt"), "Storm hits Manila\n\nA typhoon struck Manila.");
    List<ArticleSource.Item> items = readAll(file);
    assertEquals("note.txt", items.get(0).article().id());
  }

  @Test
  void hiddenFilesInFoldersAreSkippedAndFilesAreReadInSortedOrder() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Second\n\nText b.");
    Files.writeString(dir.resolve("a.txt"), "First\n\nText a.");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden\n\nNot an article.");
    List<String> ids = readAll(dir).stream().map(i -> i.article().id()).toList();
    assertEquals(List.of("a.txt", "b.txt"), ids);
  }

  @Test
  void jsonLinesCarryAllFieldsAndUnknownOnesAsMetadata() throws IOException {
    Path file = Files.writeString(dir.resolve("news.jsonl"),
        "{\"id\": \"n1\", \"title\": \"Quake\", \"text\": \"An earthquake struck Lima.\", \"source\": \"Wire\","
            + " \"url\": \"https://example.org/n1\", \"date\": \"2024-03-05\", \"category\": \"Disasters\","
            + " \"cited_outlets\": [\"A\", \"B\"]}\n"
            + "\n"
            + "{\"body\": \"No id here, only text about Quito.\", \"published\": \"2024-03-06T10:15:00Z\"}\n",
        StandardCharsets.UTF_8);
    List<ArticleSource.Item> items = readAll(file);
    assertEquals(2, items.size());
    Article first = items.get(0).article();
    assertEquals("n1", first.id());
    assertEquals("Quake", first.title());
    assertEquals("An earthquake struck Lima.", first.body());
    assertEquals("Wire", first.source().orElseThrow());
    assertEquals("https://example.org/n1", first.url().orElseThrow());
    assertEquals(Instant.parse("2024-03-05T00:00:00Z"), first.published().orElseThrow());
    assertEquals("Disasters", first.metadata().get("category"));
    assertEquals("A; B", first.metadata().get("cited_outlets"));
    Article second = items.get(1).article();
    assertEquals("news.jsonl#3", second.id(), "a missing id is derived from the file and line");
    assertEquals(Instant.parse("2024-03-06T10:15:00Z"), second.published().orElseThrow());
  }

  @Test
  void badJsonLinesAreReportedWithTheirLineAndTheRestAreStillRead() throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.jsonl"),
        "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n"
            + "{\"id\": \"broken\", \"text\": \n"
            + "{\"id\": \"notext\", \"title\": \"Only a title\"}\n"
            + "{\"id\": \"baddate\", \"text\": \"Text.\", \"date\": \"05/03/2024\"}\n"
            + "{\"id\": \"ok2\", \"text\": \"Also fine.\"}\n");
    List<ArticleSource.Item> items = readAll(file);
    assertEquals(5, items.size());
    assertEquals("ok1", items.get(0).article().id());
    assertFalse(items.get(1).isOk());
    assertTrue(items.get(1).error().contains("mixed.jsonl:2") && items.get(1).error().contains("not valid JSON"),
        items.get(1).error());
    assertTrue(items.get(2).error().contains("mixed.jsonl:3") && items.get(2).error().contains("'body'"),
        items.get(2).error());
    assertTrue(items.get(3).error().contains("'date'") && items.get(3).error().contains("05/03/2024"),
        items.get(3).error());
    assertEquals("ok2", items.get(4).article().id());
  }

  @Test
  void progressCountsEveryJsonLineAndOneArticlePerTextFile() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("three.jsonl"),
        "{\"text\": \"a\"}\n\n  \n{\"text\": \"b\"}\n{\"text\": \"c\"}");
    assertEquals(3, ArticleSource.estimatedArticles(jsonl), "blank lines are not articles; a last line without newline is");
    assertEquals(1, ArticleSource.estimatedArticles(Files.writeString(dir.resolve("one.txt"), "Title\n\nBody.")));
    assertEquals(1, ArticleSource.estimatedArticles(dir.resolve("missing.jsonl")), "an unreadable file reports one error");
  }

  @Test
  void nonUtf8FilesAreRejectedWithAClearMessage() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Caf\u00e9 in M\u00fcnchen".getBytes(StandardCharsets.ISO_8859_1));
    List<ArticleSource.Item> items = readAll(file);
    assertFalse(items.get(0).isOk());
    assertTrue(items.get(0).error().contains("latin1.txt") && items.get(0).error().contains("not valid UTF-8"),
        items.get(0).error());
  }

  @Test
  void emptyAndMissingFilesAreReported() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
    assertTrue(readAll(empty).get(0).error().contains("no text"));
    Path missing = dir.resolve("missing.txt");
    assertTrue(readAll(missing).get(0).error().contains("no such file"));
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheText() throws IOException {
    Path file = dir.resolve("bom.txt");
    byte[] text = "Title line\n\nBody text about Oslo.".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(file, withBom);
    assertEquals("Title line", readAll(file).get(0).article().title());
  }
}
