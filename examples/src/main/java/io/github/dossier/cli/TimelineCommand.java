package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.EntityType;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.EntityId;
import io.github.dossier.index.Timeline;
import io.github.dossier.index.TimelinePoint;
import io.github.dossier.index.TimelineSeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier timeline --index DIR --entity NAME [--entity NAME...] [--type T] [--interval
 * day|week|month] [--from D] [--to D] [--json | --format csv] [QUERY]}.
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Articles naming each entity, and mentions in them, per day, ISO week or month (UTC), with",
      "zero-filled gaps, over the articles matching QUERY (all without one)."
    })
final class TimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--entity", required = true, paramLabel = "NAME", description = "An entity: its name or a form articles use (repeat for several).")
  List<String> entities = new ArrayList<>();

  @Option(names = "--type", paramLabel = "TYPE", description = "person, place or org (default: any).")
  String type;

  @Option(names = "--interval", defaultValue = "month", paramLabel = "day|week|month", description = "Bucket width (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--from", paramLabel = "DATE", description = "First bucket: yyyy, yyyy-mm, yyyy-mm-dd or an instant (default: earliest article).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last bucket, inclusive (default: latest article).")
  String to;

  @Option(names = "--json", description = "Print JSON: {\"query\", \"interval\", \"series\": [{\"type\", \"key\", \"name\", \"articles\", \"mentions\", \"points\": [{\"label\", \"start\", \"end\", \"articles\", \"mentions\"}]}]}.")
  boolean json;

  @Option(names = "--format", paramLabel = "text|csv", description = "Without --json: text (default) or csv with header type,key,name,bucket,start,end,articles,mentions.")
  String format;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional query restricting the articles counted.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    boolean csv = ResearchCli.csvFormat(format);
    EntityType t = ResearchCli.type(type);
    Instant start = ResearchCli.bound("--from", from, false);
    Instant end = ResearchCli.bound("--to", to, true);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex articles = index.openReadOnly()) {
      List<EntityId> ids = new ArrayList<>();
      for (String name : entities) {
        ids.add(ResearchCli.entity(articles, t, name).id());
      }
      Timeline timeline = articles.timeline(
          ids, ResearchCli.query(query), ResearchCli.interval(interval), start, end);
      if (json) {
        out.println(Json.write(json(timeline)));
      } else if (csv) {
        out.println("type,key,name,bucket,start,end,articles,mentions");
        for (TimelineSeries s : timeline.series()) {
          for (TimelinePoint p : s.points()) {
            out.println(ResearchCli.csvLine(s.entity().type().field(), s.entity().key(), s.name(),
                p.label(), p.start(), p.end(), p.articles(), p.mentions()));
          }
        }
      } else {
        for (TimelineSeries s : timeline.series()) {
          out.printf("%s (%s): %d articles, %d mentions%n", s.name(), s.entity().type().field(),
              s.articles(), s.mentions());
          for (TimelinePoint p : s.points()) {
            out.printf("  %-10s %6d articles %6d mentions%n", p.label(), p.articles(), p.mentions());
          }
        }
      }
    }
    return 0;
  }

  private ObjectNode json(Timeline timeline) {
    ObjectNode root = Json.object();
    ResearchCli.putQuery(root, query);
    root.put("interval", ResearchCli.lower(timeline.interval()));
    ArrayNode series = root.putArray("series");
    for (TimelineSeries s : timeline.series()) {
      ObjectNode n = ResearchCli.entity(s.entity(), s.name());
      n.put("articles", s.articles());
      n.put("mentions", s.mentions());
      ArrayNode points = n.putArray("points");
      for (TimelinePoint p : s.points()) {
        ObjectNode pn = points.addObject();
        pn.put("label", p.label());
        pn.put("start", p.start().toString());
        pn.put("end", p.end().toString());
        pn.put("articles", p.articles());
        pn.put("mentions", p.mentions());
      }
      series.add(n);
    }
    return root;
  }
}
