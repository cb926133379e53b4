package io.github.dossier.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown by {@link ArticleIndex#open} when another writer (in this or another process) holds the
 * index's {@code write.lock}. The index is left untouched.
 */
public final class IndexLockedException extends IOException {
  /** The directory of the index (not serialized: {@link Path} is not serializable). */
  private final transient Path directory;

  IndexLockedException(Path directory, Throwable cause) {
    super(
        "index " + directory + " is already open for writing (write.lock held by another writer)",
        cause);
    this.directory = directory;
  }

  /** The directory of the locked index. */
  public Path directory() {
    return directory;
  }
}
