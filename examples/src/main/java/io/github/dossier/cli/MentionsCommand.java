package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.EntityType;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.EntityInfo;
import io.github.dossier.index.Highlight;
import io.github.dossier.index.Hit;
import io.github.dossier.index.MentionInContext;
import io.github.dossier.index.MentionResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * {@code dossier mentions --index DIR --entity NAME [--with NAME] [--type T] [--limit N] [--json |
 * --format csv] [QUERY]}.
 */
@Command(
    name = "mentions",
    mixinStandardHelpOptions = true,
    description = {
      "Every sentence that mentions an entity (with --with: both entities), newest article first,",
      "with the article id, date and the mentions marked, over the articles matching QUERY."
    })
final class MentionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--entity", required = true, paramLabel = "NAME", description = "The entity: its name or a form articles use.")
  String entity;

  @Option(names = "--with", paramLabel = "NAME", description = "A second entity: only sentences naming both.")
  String with;

  @Option(names = "--type", paramLabel = "TYPE", description = "person, place or org, for both names (default: any).")
  String type;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Most sentences to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON: {\"query\", \"entity\": {\"type\", \"key\", \"name\"}, \"with\": {...} or null, \"articles\", \"sentences\": [{\"article\", \"title\", \"published\", \"source\", \"sentenceIndex\", \"sentenceStart\", \"sentence\", \"highlights\": [{\"type\", \"key\", \"text\", \"start\", \"end\"}]}]}; highlight offsets are into the sentence.")
  boolean json;

  @Option(names = "--format", paramLabel = "text|csv", description = "Without --json: text (default) or csv with header article,published,source,sentenceIndex,sentenceStart,sentence,highlighted.")
  String format;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional query restricting the articles.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    ResearchCli.atLeast("--limit", limit, 0);
    boolean csv = ResearchCli.csvFormat(format);
    EntityType t = ResearchCli.type(type);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex articles = index.openReadOnly()) {
      EntityInfo first = ResearchCli.entity(articles, t, entity);
      EntityInfo second = with == null ? null : ResearchCli.entity(articles, t, with);
      MentionResults results = second == null
          ? articles.mentions(first.id(), ResearchCli.query(query), limit)
          : articles.mentionsTogether(first.id(), second.id(), ResearchCli.query(query), limit);
      if (json) {
        ObjectNode root = Json.object();
        ResearchCli.putQuery(root, query);
        root.set("entity", ResearchCli.entity(first.id(), first.name()));
        if (second == null) {
          root.putNull("with");
        } else {
          root.set("with", ResearchCli.entity(second.id(), second.name()));
        }
        root.put("articles", results.articles());
        ArrayNode sentences = root.putArray("sentences");
        for (MentionInContext m : results.sentences()) {
          ObjectNode n = sentences.addObject();
          n.put("article", m.articleId());
          n.put("title", m.title());
          if (m.published().isPresent()) {
            n.put("published", m.published().get().toString());
          } else {
            n.putNull("published");
          }
          if (m.source().isPresent()) {
            n.put("source", m.source().get());
          } else {
            n.putNull("source");
          }
          n.put("sentenceIndex", m.sentenceIndex());
          n.put("sentenceStart", m.sentenceStart());
          n.put("sentence", m.sentence());
          ArrayNode marks = n.putArray("highlights");
          for (Highlight h : m.highlights()) {
            ObjectNode hn = marks.addObject();
            hn.put("type", h.entity().type().name());
            hn.put("key", h.entity().key());
            hn.put("text", h.text());
            hn.put("start", h.start());
            hn.put("end", h.end());
          }
        }
        out.println(Json.write(root));
      } else if (csv) {
        out.println("article,published,source,sentenceIndex,sentenceStart,sentence,highlighted");
        for (MentionInContext m : results.sentences()) {
          out.println(ResearchCli.csvLine(m.articleId(), m.published().map(Instant::toString).orElse(null),
              m.source().orElse(null), m.sentenceIndex(), m.sentenceStart(), m.sentence(),
              m.highlighted(Hit.HIGHLIGHT_START, Hit.HIGHLIGHT_END)));
        }
      } else {
        out.printf("%d %s naming %s%s; %d %s shown%n", results.articles(),
            results.articles() == 1 ? "article" : "articles", first.name(),
            second == null ? "" : " and " + second.name(), results.sentences().size(),
            results.sentences().size() == 1 ? "sentence" : "sentences");
        for (MentionInContext m : results.sentences()) {
          String date = m.published().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("undated");
          out.printf("%s  %s #%d  %s%n", date, m.articleId(), m.sentenceIndex(),
              m.highlighted(Hit.HIGHLIGHT_START, Hit.HIGHLIGHT_END).replace('\n', ' '));
        }
      }
    }
    return 0;
  }
}
