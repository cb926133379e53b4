package io.github.dossier.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.IndexedArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier export --index DIR [--format jsonl|csv] [--body] [--output FILE] [QUERY]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Every article matching QUERY (all without one) with its entities, as JSON Lines or CSV, in",
      "index order. Streamed: memory use does not grow with the number of articles."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv", description = "jsonl: one object per line {\"id\", \"title\", \"published\", \"source\", \"url\", \"metadata\", \"entities\": [{\"type\", \"key\", \"name\", \"mentions\"}] [, \"body\"]}; csv: header id,published,source,title,url,persons,places,orgs[,body], entity cells \"Name (mentions); ...\" (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--body", description = "Include the article body.")
  boolean body;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional query restricting the articles.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    boolean csv;
    if (format.equalsIgnoreCase("jsonl")) {
      csv = false;
    } else if (format.equalsIgnoreCase("csv")) {
      csv = true;
    } else {
      throw new IllegalArgumentException("unknown --format '" + format + "'; use jsonl or csv");
    }
    try (ArticleIndex articles = index.openReadOnly()) {
      ResearchCli.write(spec, output, () -> new BufferedWriter(spec.commandLine().getOut(), 1 << 16),
          w -> export(articles, w, csv), count -> count + " articles");
    }
    return 0;
  }

  private long export(ArticleIndex articles, Writer out, boolean csv) throws IOException {
    if (csv) {
      out.write("id,published,source,title,url,persons,places,orgs" + (body ? ",body" : "") + "\n");
      return articles.export(ResearchCli.query(query), a -> writeCsv(a, out));
    }
    try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.setRootValueSeparator(null);
      return articles.export(ResearchCli.query(query), a -> {
        writeJson(a, json);
        json.flush();
        out.write('\n');
      });
    }
  }

  private void writeJson(IndexedArticle indexed, JsonGenerator json) throws IOException {
    Article a = indexed.article();
    json.writeStartObject();
    json.writeStringField("id", a.id());
    json.writeStringField("title", a.title());
    json.writeStringField("published", a.published().map(Instant::toString).orElse(null));
    json.writeStringField("source", a.source().orElse(null));
    json.writeStringField("url", a.url().orElse(null));
    json.writeObjectFieldStart("metadata");
    for (Map.Entry<String, String> e : a.metadata().entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("entities");
    for (Entity e : byMentions(indexed.tagged().entities())) {
      json.writeStartObject();
      json.writeStringField("type", e.type().name());
      json.writeStringField("key", e.key());
      json.writeStringField("name", e.name());
      json.writeNumberField("mentions", e.mentionCount());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (body) {
      json.writeStringField("body", a.body());
    }
    json.writeEndObject();
  }

  private void writeCsv(IndexedArticle indexed, Writer out) throws IOException {
    Article a = indexed.article();
    List<Entity> entities = byMentions(indexed.tagged().entities());
    List<Object> cells = new ArrayList<>(List.of(
        a.id(), a.published().map(Instant::toString).orElse(""), a.source().orElse(""), a.title(),
        a.url().orElse("")));
    for (EntityType t : EntityType.values()) {
      cells.add(entities.stream().filter(e -> e.type() == t)
          .map(e -> e.name() + " (" + e.mentionCount() + ")")
          .collect(Collectors.joining("; ")));
    }
    if (body) {
      cells.add(a.body());
    }
    out.write(ResearchCli.csvLine(cells.toArray()));
    out.write('\n');
  }

  private static List<Entity> byMentions(List<Entity> entities) {
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparingInt(Entity::mentionCount).reversed().thenComparing(Entity::name));
    return sorted;
  }
}
