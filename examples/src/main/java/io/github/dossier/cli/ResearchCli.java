package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.EntityType;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.ArticleQuery;
import io.github.dossier.index.CoOccurrenceLevel;
import io.github.dossier.index.DateInterval;
import io.github.dossier.index.EntityId;
import io.github.dossier.index.EntityInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the research commands ({@code facets}, {@code timeline}, {@code mentions}, {@code cooccur},
 * {@code network}, {@code export}, {@code similar}) share: parsing of options and JSON pieces,
 * and writing to {@code --output FILE} or standard output.
 */
final class ResearchCli {
  private ResearchCli() {}

  /** Writes a command's output to a writer and returns what was written, for the summary line. */
  @FunctionalInterface
  interface Output<T> {
    T writeTo(Writer out) throws IOException;
  }

  /**
   * Writes {@code output} to {@code file} (UTF-8, created or truncated) and then prints
   * "SUMMARY written to FILE" on standard error, {@code summary} describing what was written; without
   * a file, writes to the writer {@code stdout} supplies and flushes it (no summary).
   *
   * @return what {@code output} returned
   */
  static <T> T write(CommandSpec spec, Path file, Supplier<Writer> stdout, Output<T> output,
      Function<? super T, String> summary) throws IOException {
    if (file == null) {
      Writer out = stdout.get();
      T written = output.writeTo(out);
      out.flush();
      return written;
    }
    T written;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      written = output.writeTo(w);
    }
    spec.commandLine().getErr().printf("%s written to %s%n", summary.apply(written), file);
    return written;
  }

  /** The query of the positional words; every article if there are none. */
  static ArticleQuery query(List<String> words) {
    return words == null || words.isEmpty() ? ArticleQuery.all() : ArticleQuery.parse(String.join(" ", words));
  }

  /** The query text for JSON output, or null. */
  static String queryText(List<String> words) {
    return words == null || words.isEmpty() ? null : String.join(" ", words);
  }

  static void putQuery(ObjectNode root, List<String> words) {
    String q = queryText(words);
    if (q == null) {
      root.putNull("query");
    } else {
      root.put("query", q);
    }
  }

  /**
   * Checks a numeric option.
   *
   * @throws IllegalArgumentException naming {@code option} and its value if {@code value} is below
   *     {@code min}
   */
  static void atLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(option + " must be at least " + min + ", got " + value);
    }
  }

  /** The entity type named by {@code --type}, or null for any type. */
  static EntityType type(String type) {
    if (type == null) {
      return null;
    }
    return EntityType.parse(type).orElseThrow(() ->
        new IllegalArgumentException("unknown --type '" + type + "'; use person, place or org"));
  }

  /**
   * The indexed entity {@code name} refers to (its key, canonical name or a mention form), of
   * {@code type} or any type.
   */
  static EntityInfo entity(ArticleIndex index, EntityType type, String name) throws IOException {
    return index.entity(type, name).orElseThrow(() -> new IllegalArgumentException(
        "no " + (type == null ? "entity" : type.field()) + " named '" + name + "' in the index"));
  }

  static DateInterval interval(String interval) {
    return DateInterval.parse(interval).orElseThrow(() ->
        new IllegalArgumentException("unknown --interval '" + interval + "'; use day, week or month"));
  }

  static CoOccurrenceLevel level(String level) {
    return CoOccurrenceLevel.parse(level).orElseThrow(() ->
        new IllegalArgumentException("unknown --level '" + level + "'; use article or sentence"));
  }

  /**
   * The first instant of {@code text} ({@code 2025}, {@code 2025-12}, {@code 2025-12-15} or an
   * instant), or null if it is null; with {@code end}, the last instant of it instead.
   */
  static Instant bound(String option, String text, boolean end) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    try {
      return Instant.parse(t);
    } catch (DateTimeException e) {
      // a day, month or year
    }
    LocalDate first;
    LocalDate next;
    try {
      if (t.matches("\\d{4}")) {
        first = Year.parse(t).atDay(1);
        next = first.plusYears(1);
      } else if (t.matches("\\d{4}-\\d{2}")) {
        first = YearMonth.parse(t).atDay(1);
        next = first.plusMonths(1);
      } else {
        first = LocalDate.parse(t);
        next = first.plusDays(1);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid " + option + " '" + text
          + "'; expected yyyy, yyyy-mm, yyyy-mm-dd or an instant such as 2025-12-15T10:00:00Z");
    }
    LocalDate day = end ? next : first;
    Instant instant = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return end ? instant.minusMillis(1) : instant;
  }

  /** {@code {"type", "key", "name"}}. */
  static ObjectNode entity(EntityId id, String name) {
    ObjectNode n = Json.object();
    n.put("type", id.type().name());
    n.put("key", id.key());
    n.put("name", name);
    return n;
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** {@code s} quoted for CSV if needed (RFC 4180). */
  static String csv(String s) {
    if (s == null) {
      return "";
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** The values as one CSV line (without line end). */
  static String csvLine(Object... values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(values[i] == null ? "" : csv(values[i].toString()));
    }
    return b.toString();
  }

  /** "csv" or "text" (the default), refusing anything else. */
  static boolean csvFormat(String format) {
    if (format == null || format.equalsIgnoreCase("text")) {
      return false;
    }
    if (format.equalsIgnoreCase("csv")) {
      return true;
    }
    throw new IllegalArgumentException("unknown --format '" + format + "'; use text or csv (or --json)");
  }
}
