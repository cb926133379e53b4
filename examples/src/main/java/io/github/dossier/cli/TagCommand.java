package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.EntityType;
import io.github.dossier.TaggedText;
import io.github.dossier.analyzers.EnglishEntityTagger;
import io.github.dossier.analyzers.resolve.ResolvingTagger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier tag [--json] FILE...}: the entities of files, without indexing them. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Tag the people, places and organizations of files without indexing them.",
      "With --json, prints one object per file (per article for .jsonl files), one per line:",
      "{\"file\": ..., \"entities\": [{\"type\": \"PERSON\", \"name\": ..., \"mentions\": [forms], \"count\": N}]}"
    })
final class TagCommand implements Callable<Integer> {

  /** Order of entities in the output: by type, then most mentioned, then name. */
  static final Comparator<Entity> ORDER = Comparator.comparing(Entity::type)
      .thenComparing(Comparator.comparingInt(Entity::mentionCount).reversed())
      .thenComparing(Entity::name);

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per line.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text or .jsonl files.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EntityTagger tagger = ResolvingTagger.wrap(EnglishEntityTagger.create());
    ArticleSource source = new ArticleSource();
    int[] failed = {0};
    for (Path root : files) {
      for (Path file : source.files(List.of(root))) {
        source.read(root, file, item -> {
          if (!item.isOk()) {
            failed[0]++;
            err.println("skipped " + item.error());
            return;
          }
          TaggedText tagged = tagger.tag(item.article().body());
          List<Entity> entities = tagged.entities().stream().sorted(ORDER).toList();
          boolean jsonLines = ArticleSource.isJsonLines(file);
          if (json) {
            ObjectNode n = Json.object();
            n.put("file", file.toString());
            if (jsonLines) {
              n.put("id", item.article().id());
            }
            ArrayNode list = n.putArray("entities");
            entities.forEach(e -> list.add(Json.taggedEntity(e)));
            out.println(Json.write(n));
          } else {
            out.println(jsonLines ? file + " " + item.article().id() : file.toString());
            for (EntityType type : EntityType.values()) {
              List<Entity> of = entities.stream().filter(e -> e.type() == type).toList();
              if (of.isEmpty()) {
                continue;
              }
              out.printf("  %s%n", type.name());
              for (Entity e : of) {
                LinkedHashSet<String> forms = new LinkedHashSet<>();
                e.mentions().forEach(m -> forms.add(m.text()));
                forms.remove(e.name());
                out.printf("    %-32s %3d%s%n", e.name(), e.mentionCount(),
                    forms.isEmpty() ? "" : "  (also: " + forms.stream().collect(Collectors.joining(", ")) + ")");
              }
            }
          }
        });
      }
    }
    return failed[0] > 0 ? 1 : 0;
  }
}
