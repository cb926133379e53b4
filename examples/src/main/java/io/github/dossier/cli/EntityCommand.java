package io.github.dossier.cli;

import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.EntityProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier entity --index DIR [--type person|place|org] [--json] NAME}. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = {
      "The profile of one entity: canonical name, type, the names the articles use for it with",
      "counts, how many articles name it, first and last seen, for places the gazetteer data,",
      "and the titles or roles written right before the name (\"German Chancellor\").",
      "NAME is a name or form as written (Zelenskyy, Kiev) or a key (geonames:703448, country:UA)."
    })
final class EntityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--type", paramLabel = "TYPE", description = "person, place or org (default: any; the one named in most articles).")
  String type;

  @Option(names = "--json", description = "Print JSON: {\"type\", \"key\", \"name\", \"articles\", \"mentions\", \"aliases\": [{\"form\", \"count\"}], \"firstSeen\", \"lastSeen\", \"place\", \"descriptors\": [{\"text\", \"count\"}]}.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "The entity; several words are joined with spaces.")
  List<String> name = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    EntityType t = ResearchCli.type(type);
    String n = String.join(" ", name);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex articles = index.openReadOnly()) {
      Optional<EntityProfile> found = articles.profile(t, n);
      if (found.isEmpty()) {
        throw new IllegalArgumentException("no " + (t == null ? "entity" : t.field())
            + " named '" + n + "' in " + index);
      }
      EntityProfile p = found.get();
      if (json) {
        out.println(Json.write(Json.profile(p)));
      } else {
        print(out, p);
      }
    }
    return 0;
  }

  private static void print(PrintWriter out, EntityProfile p) {
    out.printf("%s  (%s, key %s)%n", p.name(), p.type().name(), p.key());
    out.printf("  %d %s, %d %s%n", p.articles(), p.articles() == 1 ? "article" : "articles",
        p.mentions(), p.mentions() == 1 ? "mention" : "mentions");
    if (p.firstSeen().isPresent()) {
      out.printf("  first seen %s, last seen %s%n",
          p.firstSeen().get().atOffset(ZoneOffset.UTC).toLocalDate(),
          p.lastSeen().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate());
    }
    out.printf("  aliases:      %s%n", counts(p.aliases(), 12));
    if (!p.descriptors().isEmpty()) {
      out.printf("  descriptors:  %s%n", counts(p.descriptors(), 8));
    }
    if (p.place().isPresent()) {
      GeoPlace g = p.place().get();
      out.printf("  place:        %s, %s%s; %s%n", g.name(),
          g.divisionName().map(d -> d + ", ").orElse(""), g.countryCode(), g.featureClass());
      out.printf("  GeoNames id:  %s%n",
          g.geonameId().isPresent() ? String.valueOf(g.geonameId().getAsLong()) : "(none)");
      out.printf("  coordinates:  %.4f, %.4f%n", g.latitude(), g.longitude());
      if (!g.enclosing().isEmpty()) {
        out.printf("  within:       %s%n", String.join(", ", g.enclosing()));
      }
      if (!g.aliases().isEmpty()) {
        out.printf("  also called:  %s%n",
            g.aliases().stream().limit(10).collect(Collectors.joining(", ")));
      }
    }
  }

  private static String counts(Map<String, Long> counts, int limit) {
    String shown = counts.entrySet().stream().limit(limit)
        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    return counts.size() > limit ? shown + ", … " + (counts.size() - limit) + " more" : shown;
  }
}
