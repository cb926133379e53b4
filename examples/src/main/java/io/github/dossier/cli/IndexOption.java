package io.github.dossier.cli;

import io.github.dossier.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option of the commands that work on an existing index (a picocli mixin). */
final class IndexOption {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path dir;

  /** Opens the index for reading; a missing index is a {@link io.github.dossier.index.NoIndexException}. */
  ArticleIndex openReadOnly() throws IOException {
    return ArticleIndex.openReadOnly(dir);
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}
