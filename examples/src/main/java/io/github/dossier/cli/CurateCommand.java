package io.github.dossier.cli;

import io.github.dossier.index.ArticleIndex;
import io.github.dossier.index.Curation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier curate --index DIR (FILE | --clear | --show)}. */
@Command(
    name = "curate",
    mixinStandardHelpOptions = true,
    description = {
      "Apply an alias file to an index: merge, split, rename, add and block entities. The file",
      "replaces the one applied before; it is stored in the index commit and applied to articles",
      "indexed later. Lines (# starts a comment):",
      "  merge person: Zelensky = Volodymyr Zelenskyy",
      "  rename person: volodymyr zelenskyy -> Volodymyr Zelenskyy",
      "  split person: John Smith | J. Smith -> Jane Smith",
      "  add person \"Steve Witkoff\": Witkoff, Steven Witkoff",
      "  block org: Getty Images      (block: NAME blocks any type)"
    })
final class CurateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--clear", description = "Remove the applied curation (articles get the tagger's entities back).")
  boolean clear;

  @Option(names = "--show", description = "Print the alias file stored in the index and change nothing.")
  boolean show;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The alias file (UTF-8).")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int modes = (clear ? 1 : 0) + (show ? 1 : 0) + (file != null ? 1 : 0);
    if (modes != 1) {
      throw new IllegalArgumentException("give exactly one of FILE, --clear or --show");
    }
    if (show) {
      try (ArticleIndex articles = index.openReadOnly()) {
        Curation c = articles.curation();
        out.print(c.isEmpty() ? "(no curation applied)\n" : c.text());
        if (!c.text().endsWith("\n") && !c.isEmpty()) {
          out.println();
        }
      }
      return 0;
    }
    Curation curation = clear ? Curation.empty() : Curation.read(file);
    if (!Files.exists(index.dir)) {
      throw new IllegalArgumentException("no index at " + index);
    }
    try (ArticleIndex articles = ArticleIndex.open(index.dir, text -> {
      throw new IllegalStateException("curate does not tag articles");
    })) {
      long rewritten = articles.applyCuration(curation);
      out.printf("applied %d %s; %d %s rewritten%n", curation.size(),
          curation.size() == 1 ? "directive" : "directives", rewritten,
          rewritten == 1 ? "article" : "articles");
    }
    return 0;
  }
}
