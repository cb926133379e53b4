package io.github.dossier.cli;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.analyzers.EnglishEntityTagger;
import io.github.dossier.analyzers.resolve.ResolvingTagger;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.EntityCount;
import io.github.dossier.index.IndexedArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier demo [--index DIR]}: indexes the bundled sample articles and queries them. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Index the bundled sample articles (a CBC News page and 30 Wikinews articles, CC BY 2.5),",
      "print the entities of the CBC article and the results of a few queries.",
      "Re-running rebuilds the index."
    })
final class DemoCommand implements Callable<Integer> {

  static final String SAMPLE = "/io/github/dossier/examples/sample/";
  static final String CBC = "cbc-us-offers-security-guarantees-to-kyiv";
  static final String WIKINEWS = "wikinews-2019-2020-sample.jsonl";

  /** The queries the demo runs, with what each shows. */
  static final List<String[]> QUERIES = List.of(
      new String[] {"person:Putin", "articles naming a person called Putin"},
      new String[] {"place:Kyiv", "articles naming Kyiv"},
      new String[] {"security guarantees person:Zelenskyy", "text query filtered by a person"},
      new String[] {"org:NATO OR place:Brussels", "an organization or a place"},
      new String[] {"person:Trump date:[2020-01-01 TO 2020-12-31]", "a person within a date range"});

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Where to build the demo index (default: a new temporary directory). An existing index there is rebuilt.")
  Path index;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = index == null ? Files.createTempDirectory("dossier-demo-") : prepare(index);
    List<Article> articles = bundledArticles();
    Progress progress = new Progress(err, "indexing demo articles", articles.size(), Progress.onTerminal());
    try (ArticleIndex idx = ArticleIndex.open(dir, ResolvingTagger.wrap(EnglishEntityTagger.create()))) {
      for (Article a : articles) {
        idx.add(a);
        progress.step(a.id());
      }
      idx.commit();
      progress.finish();
      out.printf("Indexed %d articles into %s in %.1f s%n%n", idx.size(), dir, progress.seconds());

      IndexedArticle cbc = idx.get(CBC).orElseThrow(() -> new IllegalStateException("the CBC sample was not indexed"));
      out.printf("Entities of \"%s\" (%s):%n", cbc.article().title(), CBC);
      for (EntityType type : EntityType.values()) {
        List<Entity> of = cbc.tagged().entities(type).stream().sorted(TagCommand.ORDER).toList();
        out.printf("  %s (%d): %s%n", type.name(), of.size(),
            of.stream().map(e -> e.name() + " ×" + e.mentionCount()).collect(Collectors.joining(", ")));
      }
      for (String[] q : QUERIES) {
        out.printf("%n$ dossier search --index %s '%s'     # %s%n", dir, q[0], q[1]);
        SearchCommand.printResults(out, q[0], idx.search(q[0], 3));
      }
      out.printf("%n$ dossier entities --index %s --type person --top 10%n", dir);
      for (EntityCount c : idx.topEntities(EntityType.PERSON, null, 10)) {
        out.printf("  %-28s %3d articles %4d mentions%n", c.name(), c.articles(), c.mentions());
      }
      out.printf("%nThe index stays at %s; query it with the search and entities commands.%n", dir);
    }
    return 0;
  }

  /** The bundled sample articles: the CBC page dump and the Wikinews sample. */
  static List<Article> bundledArticles() {
    ArticleSource source = new ArticleSource();
    List<Article> articles = new ArrayList<>();
    ArticleSource.Item cbc = source.toArticle(CBC + ".txt", CBC, resource(CBC + ".txt"));
    Properties meta = new Properties();
    try (InputStream in = open(CBC + ".properties")) {
      meta.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Article.Builder b = cbc.article().toBuilder().source(meta.getProperty("source"));
    b.published(ArticleSource.parseInstant(meta.getProperty("published")));
    articles.add(b.build());
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(WIKINEWS), StandardCharsets.UTF_8))) {
      source.readJsonLines(WIKINEWS, WIKINEWS, in, item -> {
        if (!item.isOk()) {
          throw new IllegalStateException("bundled sample is broken: " + item.error());
        }
        articles.add(item.article());
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  private static InputStream open(String name) {
    InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE + name);
    if (in == null) {
      throw new IllegalStateException("bundled sample resource missing: " + SAMPLE + name);
    }
    return in;
  }

  private static String resource(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Empties {@code dir} for a rebuild when it is empty or holds a Lucene index, and refuses
   * otherwise, so the demo never deletes files it did not make.
   */
  static Path prepare(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      Files.createDirectories(dir);
      return dir;
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a directory");
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.toList();
    }
    boolean luceneIndex = entries.stream().anyMatch(p -> p.getFileName().toString().startsWith("segments"));
    boolean onlyIndexFiles = entries.stream().allMatch(p -> Files.isRegularFile(p) && isIndexFile(p.getFileName().toString()));
    if (!entries.isEmpty() && !(luceneIndex && onlyIndexFiles)) {
      throw new IOException(dir + " is not empty and is not a Dossier index; refusing to overwrite it");
    }
    for (Path p : entries) {
      Files.delete(p);
    }
    return dir;
  }

  private static boolean isIndexFile(String name) {
    return name.startsWith("segments") || name.startsWith("_") || name.equals("write.lock")
        || name.startsWith("pending_segments");
  }
}
