package io.github.dossier.cli;

import io.github.dossier.analyzers.EnglishEntityTagger;
import io.github.dossier.analyzers.resolve.ResolvingTagger;
import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.IndexResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier index --index DIR PATH...}: adds or updates articles in an index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index plain-text files, folders (recursively) and JSON Lines files.",
      "A plain-text file is one article (id: its path relative to the argument; title: its first line).",
      "A .jsonl file has one article per line: id, title, body or text, source, url, published or date.",
      "An article whose id is already in the index replaces it. Files that cannot be read are reported",
      "and skipped; the others are still indexed. Exit code 1 if any article failed."
    })
final class IndexCommand implements Callable<Integer> {

  /** Commit after this many articles so an interrupted run keeps most of its work. */
  static final int COMMIT_EVERY = 1000;

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (created if absent).")
  Path index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or .jsonl files to index.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleSource source = new ArticleSource();
    Counts counts = new Counts();
    List<Path[]> work = new ArrayList<>();
    for (Path root : paths) {
      for (Path file : source.files(List.of(root))) {
        work.add(new Path[] {root, file});
      }
    }
    long total = 0;
    for (Path[] rootAndFile : work) {
      total += ArticleSource.estimatedArticles(rootAndFile[1]);
    }
    Progress progress = new Progress(err, "indexing articles", total, Progress.onTerminal());
    try (ArticleIndex articles = ArticleIndex.open(index, ResolvingTagger.wrap(EnglishEntityTagger.create()))) {
      for (Path[] rootAndFile : work) {
        source.read(rootAndFile[0], rootAndFile[1], item -> {
          progress.step(item.origin());
          if (!item.isOk()) {
            counts.failed++;
            err.println("skipped " + item.error());
            return;
          }
          try {
            IndexResult result = articles.add(item.article());
            if (result == IndexResult.ADDED) {
              counts.added++;
            } else {
              counts.updated++;
            }
            if ((counts.added + counts.updated) % COMMIT_EVERY == 0) {
              articles.commit();
            }
          } catch (IOException | RuntimeException e) {
            counts.failed++;
            err.println("skipped " + item.origin() + ": " + Errors.describe(e));
          }
        });
      }
      articles.commit();
      progress.finish();
      out.printf("indexed %d articles into %s: %d added, %d updated, %d failed (%.1f s); the index holds %d articles%n",
          counts.added + counts.updated, index, counts.added, counts.updated, counts.failed,
          progress.seconds(), articles.size());
    }
    return counts.failed > 0 ? 1 : 0;
  }

  private static final class Counts {
    long added;
    long updated;
    long failed;
  }
}
