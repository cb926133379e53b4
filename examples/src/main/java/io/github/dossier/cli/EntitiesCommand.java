package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.EntityType;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.EntityCount;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier entities --index DIR [--type person|place|org] [--top N] [--json] [QUERY]}. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "The entities most often named in the articles matching QUERY (all articles without one),",
      "with how many articles name each and how many times in all."
    })
final class EntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--type", paramLabel = "TYPE", description = "person, place or org (default: all three).")
  String type;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Entities per type (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print JSON: {\"query\": ..., \"entities\": [{\"type\", \"name\", \"key\", \"articles\", \"mentions\"}]}.")
  boolean json;

  @Option(names = "--within", paramLabel = "PLACE",
      description = "Count only articles naming a place in PLACE (a name such as Ukraine, or an id such as country:UA).")
  String within;

  @Option(names = "--near", paramLabel = "LAT,LON,KM",
      description = "Count only articles naming a place within KM kilometres of LAT,LON.")
  String near;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional query restricting the articles counted.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    ResearchCli.atLeast("--top", top, 1);
    List<EntityType> types =
        type == null ? List.of(EntityType.values()) : List.of(ResearchCli.type(type));
    String q = PlaceFilters.restrict(
        query.isEmpty() ? null : String.join(" ", query), within, near, spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex articles = index.openReadOnly()) {
      ObjectNode root = Json.object();
      if (q == null) {
        root.putNull("query");
      } else {
        root.put("query", q);
      }
      ArrayNode list = root.putArray("entities");
      for (EntityType t : types) {
        List<EntityCount> counts = articles.topEntities(t, q, top);
        if (json) {
          counts.forEach(c -> list.add(Json.entityCount(c)));
        } else {
          out.printf("%s%n", t.name());
          if (counts.isEmpty()) {
            out.println("  (none)");
          }
          for (EntityCount c : counts) {
            out.printf("  %-32s %5d %s  %5d %s%n", c.name(), c.articles(),
                c.articles() == 1 ? "article " : "articles", c.mentions(), c.mentions() == 1 ? "mention" : "mentions");
          }
        }
      }
      if (json) {
        out.println(Json.write(root));
      }
    }
    return 0;
  }
}
