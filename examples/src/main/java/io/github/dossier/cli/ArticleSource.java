package io.github.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dossier.Article;
import io.github.dossier.analyzers.CleanedPage;
import io.github.dossier.analyzers.PageDumpCleaner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from the paths given on the command line: plain-text files, folders (recursively)
 * and JSON Lines files.
 *
 * <p>A plain-text file is one article: its page-dump boilerplate is removed with {@link
 * PageDumpCleaner}, its id is its path relative to the argument (its file name when the argument
 * is the file itself) and its title the page title or, failing that, its first non-empty line. A
 * {@code .jsonl}/{@code .ndjson} file holds one article per line with the fields {@code id},
 * {@code title}, {@code body} or {@code text}, {@code source}, {@code url}, {@code published} or
 * {@code date}; only the text is required, and a missing id is derived from the file and line.
 * Other fields are kept as metadata.
 *
 * <p>Problems with one file or line are reported to the caller as {@link Item#error()} and do not
 * stop the others.
 */
final class ArticleSource {

  /** One article read, or the reason one could not be read. */
  record Item(String origin, Article article, String error) {
    static Item ok(String origin, Article article) {
      return new Item(origin, article, null);
    }

    static Item failed(String origin, String error) {
      return new Item(origin, null, error);
    }

    boolean isOk() {
      return article != null;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PageDumpCleaner cleaner = new PageDumpCleaner();

  /** The files under {@code paths} in the order they are read: arguments in order, folders sorted. */
  List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !isHidden(p.relativize(f)))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /**
   * Reads every article under {@code root} (a file argument or a file found in a folder argument)
   * and hands each to {@code sink}.
   */
  void read(Path root, Path file, Consumer<Item> sink) {
    String origin = file.toString();
    if (!Files.exists(file)) {
      sink.accept(Item.failed(origin, "no such file: " + file));
      return;
    }
    if (!Files.isReadable(file)) {
      sink.accept(Item.failed(origin, "cannot read file: " + file));
      return;
    }
    if (isJsonLines(file)) {
      readJsonLines(file, sink);
    } else {
      sink.accept(readText(root, file));
    }
  }

  /**
   * How many articles {@link #read} will report for {@code file}, for progress displays: the
   * non-blank lines of a JSON Lines file, else one. Unreadable files count one (their error).
   */
  static long estimatedArticles(Path file) {
    if (!isJsonLines(file) || !Files.isReadable(file)) {
      return 1;
    }
    long lines = 0;
    try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      boolean blank = true;
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          lines += blank ? 0 : 1;
          blank = true;
        } else if (b != ' ' && b != '\t' && b != '\r') {
          blank = false;
        }
      }
      lines += blank ? 0 : 1;
    } catch (IOException e) {
      return 1;
    }
    return Math.max(lines, 1);
  }

  static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads a plain-text file as one article. */
  Item readText(Path root, Path file) {
    String origin = file.toString();
    String raw;
    try {
      raw = readUtf8(file);
    } catch (IOException e) {
      return Item.failed(origin, describe(file, e));
    }
    String id = idOf(root, file);
    return toArticle(origin, id, raw);
  }

  /** Builds an article from raw page text, cleaning boilerplate away. */
  Item toArticle(String origin, String id, String raw) {
    if (raw.isBlank()) {
      return Item.failed(origin, origin + ": no text (the file is empty)");
    }
    CleanedPage page;
    try {
      page = cleaner.clean(raw);
    } catch (IllegalArgumentException e) {
      return Item.failed(origin, origin + ": no text (" + e.getMessage() + ")");
    }
    String body = page.body();
    if (body.isBlank()) {
      return Item.failed(origin, origin + ": no text (the file is empty or holds only boilerplate)");
    }
    String title = page.title().orElseGet(() -> firstNonEmptyLine(body));
    Article.Builder b = Article.builder(id, body).title(title);
    page.outlet().ifPresent(b::source);
    return Item.ok(origin, b.build());
  }

  private static String idOf(Path root, Path file) {
    Path relative = root.equals(file) || !file.startsWith(root) ? file.getFileName() : root.relativize(file);
    return relative.toString().replace('\\', '/');
  }

  private static String firstNonEmptyLine(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  private void readJsonLines(Path file, Consumer<Item> sink) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), strictUtf8()))) {
      readJsonLines(file.toString(), file.getFileName().toString(), in, sink);
    } catch (IOException e) {
      sink.accept(Item.failed(file.toString(), describe(file, e)));
    }
  }

  /**
   * Reads JSON Lines from {@code in}; {@code origin} names the input in messages and {@code
   * idPrefix} derives ids for records without one.
   */
  void readJsonLines(String origin, String idPrefix, BufferedReader in, Consumer<Item> sink)
      throws IOException {
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      sink.accept(parseJsonLine(idPrefix + "#" + number, origin + ":" + number, line));
    }
  }

  private Item parseJsonLine(String derivedId, String origin, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Item.failed(origin, origin + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return Item.failed(origin, origin + ": expected a JSON object");
    }
    String body = text(node, "body");
    if (body == null) {
      body = text(node, "text");
    }
    if (body == null || body.isBlank()) {
      return Item.failed(origin, origin + ": missing or empty field 'body' (or 'text')");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      id = derivedId;
    }
    Article.Builder b = Article.builder(id, body);
    String title = text(node, "title");
    if (title != null) {
      b.title(title);
    }
    String source = text(node, "source");
    if (source != null) {
      b.source(source);
    }
    String url = text(node, "url");
    if (url != null) {
      b.url(url);
    }
    String published = text(node, "published");
    String dateField = "published";
    if (published == null) {
      published = text(node, "date");
      dateField = "date";
    }
    if (published != null && !published.isBlank()) {
      try {
        b.published(parseInstant(published));
      } catch (DateTimeException e) {
        return Item.failed(origin, origin + ": field '" + dateField + "' is not an ISO date: \"" + published + "\"");
      }
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      switch (e.getKey()) {
        case "id", "title", "body", "text", "source", "url", "published", "date" -> { }
        default -> {
          JsonNode v = e.getValue();
          if (v.isNull()) {
            continue;
          }
          String value;
          if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
            value = String.join("; ", parts);
          } else {
            value = v.isValueNode() ? v.asText() : v.toString();
          }
          b.metadata(e.getKey(), value);
        }
      }
    }
    try {
      return Item.ok(origin, b.build());
    } catch (IllegalArgumentException e) {
      return Item.failed(origin, origin + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  /** Parses an ISO date ({@code 2025-12-15}) or instant/offset date-time, in UTC. */
  static Instant parseInstant(String value) {
    String v = value.strip();
    if (v.length() == 10) {
      return LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeException e) {
      return java.time.LocalDateTime.parse(v).toInstant(java.time.ZoneOffset.UTC);
    }
  }

  /** Reads a file as strict UTF-8: malformed bytes are an error, not replacement characters. */
  static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharsetDecoder decoder = strictUtf8();
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(buffer.remaining());
    java.nio.charset.CoderResult result = decoder.decode(buffer, out, true);
    if (result.isError()) {
      throw new NotUtf8Exception(buffer.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** A file whose bytes are not UTF-8. */
  static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(int offset) {
      super("not valid UTF-8 (malformed byte at offset " + offset + ")");
    }
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static String describe(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file: " + file;
    }
    if (e instanceof NotUtf8Exception) {
      return file + ": " + e.getMessage();
    }
    if (e instanceof CharacterCodingException) {
      return file + ": not valid UTF-8";
    }
    return file + ": cannot read (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
  }
}
