package io.github.dossier.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown by {@link ArticleIndex#openReadOnly} when the directory does not exist or holds no
 * Dossier index.
 */
public final class NoIndexException extends IOException {
  /** The directory of the index (not serialized: {@link Path} is not serializable). */
  private final transient Path directory;

  NoIndexException(Path directory) {
    super("no Dossier index at " + directory);
    this.directory = directory;
  }

  /** The directory that holds no index. */
  public Path directory() {
    return directory;
  }
}
