package io.github.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dossier.Article;
import io.github.dossier.analyzers.EnglishEntityTagger;
import io.github.dossier.analyzers.ner.SentenceNameFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import opennlp.tools.util.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier compare-ner --system A --system B [--model FILE] [--skip N] [--limit N] [--show]
 * [--json] FILE...}: how far two name finders agree on raw articles, for text that has no gold
 * annotation (such as recent news).
 *
 * <p>Each article is split and tokenized once ({@link EnglishEntityTagger#tokenize}) and tagged by
 * both systems sentence by sentence as one document. Per article, each system's names are the
 * distinct token sequences it tagged, each with the set of types it gave them; a name is counted
 * once per article as found by both with the same types, by both with different types, or by one
 * system only. Agreement is the document-level precision, recall and F1 of the first system with
 * the second as reference, a name of a different type counting as both a false positive and a
 * false negative.
 */
@Command(
    name = "compare-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two name finders on raw articles (no gold needed): per article, the distinct names "
          + "each tags, and how many both find with the same type, with another type, or only one finds; "
          + "plus the first system's precision, recall and F1 taking the second as reference.",
      "FILE: articles as for 'index' (.jsonl/.ndjson with a 'text' or 'body' field, text files, folders)."
    })
final class CompareNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--system", paramLabel = "NAME", required = true,
      description = "The two systems to compare, the first scored against the second: 'dossier' (the model) or "
          + "a system registered on the class path (e.g. 'stanford' in the -Pstanford build). Give it twice.")
  List<String> systems = new ArrayList<>();

  @Option(names = "--model", paramLabel = "FILE", description = "Model of --system dossier (default: the built-in model).")
  Path model;

  @Option(names = "--skip", defaultValue = "0", paramLabel = "N", description = "Skip the first N articles (default: 0).")
  int skip;

  @Option(names = "--limit", paramLabel = "N", description = "Compare at most N articles (default: all).")
  Integer limit;

  @Option(names = "--show", description = "Print each article's differing names.")
  boolean show;

  @Option(names = "--json", description = "Print {\"systems\": [A, B], \"articles\", \"both\", \"type_differs\", "
      + "\"only\": {A: n, B: n}, \"agreement\": {\"p\", \"r\", \"f1\"}}.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or folders.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (systems.size() != 2 || systems.get(0).equals(systems.get(1))) {
      throw new IllegalArgumentException("compare-ner needs two different --system names, got " + systems);
    }
    if (skip < 0 || limit != null && limit < 1) {
      throw new IllegalArgumentException("--skip must be >= 0 and --limit >= 1, got " + skip + " and " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    SentenceNameFinder a = EvalNerCommand.load(systems.get(0), model).get();
    SentenceNameFinder b = EvalNerCommand.load(systems.get(1), model).get();
    EnglishEntityTagger tokenizer = EnglishEntityTagger.create();
    List<Article> articles = articles();
    long both = 0;
    long typeDiffers = 0;
    long onlyA = 0;
    long onlyB = 0;
    for (Article article : articles) {
      a.clear();
      b.clear();
      Map<String, TreeSet<String>> namesA = new TreeMap<>();
      Map<String, TreeSet<String>> namesB = new TreeMap<>();
      for (String[] sentence : tokenizer.tokenize(article.body())) {
        collect(sentence, a.find(sentence), namesA);
        collect(sentence, b.find(sentence), namesB);
      }
      List<String> differences = new ArrayList<>();
      for (Map.Entry<String, TreeSet<String>> e : namesA.entrySet()) {
        TreeSet<String> other = namesB.get(e.getKey());
        if (other == null) {
          onlyA++;
          differences.add("only " + systems.get(0) + ": " + e.getKey() + " " + String.join("/", e.getValue()));
        } else if (other.equals(e.getValue())) {
          both++;
        } else {
          typeDiffers++;
          differences.add("type: " + e.getKey() + " " + systems.get(0) + "=" + String.join("/", e.getValue()) + " "
              + systems.get(1) + "=" + String.join("/", other));
        }
      }
      for (Map.Entry<String, TreeSet<String>> e : namesB.entrySet()) {
        if (!namesA.containsKey(e.getKey())) {
          onlyB++;
          differences.add("only " + systems.get(1) + ": " + e.getKey() + " " + String.join("/", e.getValue()));
        }
      }
      if (show && !json && !differences.isEmpty()) {
        out.println("== " + article.id() + (article.title().isEmpty() ? "" : " " + article.title()));
        differences.forEach(d -> out.println("  " + d));
      }
    }
    double p = ratio(both, both + typeDiffers + onlyA);
    double r = ratio(both, both + typeDiffers + onlyB);
    double f1 = ratio(2 * both, 2 * both + 2 * typeDiffers + onlyA + onlyB);
    if (json) {
      ObjectNode root = Json.object();
      ArrayNode names = root.putArray("systems");
      systems.forEach(names::add);
      root.put("articles", articles.size());
      root.put("both", both);
      root.put("type_differs", typeDiffers);
      ObjectNode only = root.putObject("only");
      only.put(systems.get(0), onlyA);
      only.put(systems.get(1), onlyB);
      ObjectNode agreement = root.putObject("agreement");
      agreement.put("p", round(p));
      agreement.put("r", round(r));
      agreement.put("f1", round(f1));
      out.println(Json.write(root));
    } else {
      out.printf("%d articles: %d names found by both with the same type, %d with another type, %d only by %s, "
          + "%d only by %s%n", articles.size(), both, typeDiffers, onlyA, systems.get(0), onlyB, systems.get(1));
      out.printf("%s against %s: P %.4f  R %.4f  F1 %.4f%n", systems.get(0), systems.get(1), p, r, f1);
    }
    return 0;
  }

  /** The articles to compare, after --skip and within --limit; an unreadable one is an error. */
  private List<Article> articles() throws IOException {
    ArticleSource source = new ArticleSource();
    List<Article> articles = new ArrayList<>();
    int[] seen = {0};
    for (Path root : files) {
      for (Path file : source.files(List.of(root))) {
        source.read(root, file, item -> {
          if (!item.isOk()) {
            throw new IllegalArgumentException(item.error());
          }
          if (seen[0]++ >= skip && (limit == null || articles.size() < limit)) {
            articles.add(item.article());
          }
        });
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no article to compare in " + files + (skip > 0 ? " after --skip " + skip : ""));
    }
    return articles;
  }

  private static void collect(String[] tokens, Span[] spans, Map<String, TreeSet<String>> names) {
    for (Span s : spans) {
      String name = String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd()));
      names.computeIfAbsent(name, k -> new TreeSet<>()).add(s.getType());
    }
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
