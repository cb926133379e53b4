package io.github.dossier.analyzers.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Loads the gzip-compressed data files this package ships on the class path. */
final class GzipResources {

  /** Reads a gzip-compressed stream into a value; the stream is closed by the caller. */
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static final int BUFFER_SIZE = 1 << 16;

  private GzipResources() {}

  /**
   * Decompresses the class-path resource {@code resource} and hands it to {@code reader}.
   *
   * @param what what the resource holds, for error messages ("word clusters")
   * @throws IllegalStateException if the resource is missing from the class path
   * @throws UncheckedIOException if it cannot be read
   */
  static <T> T load(String resource, String what, Reader<T> reader) {
    InputStream in = GzipResources.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(what + " resource " + resource + " is missing from the classpath");
    }
    // GZIPInputStream's default 512-byte buffer makes reading the 1.4 MB gazetteer markedly slower.
    try (InputStream gz = new GZIPInputStream(in, BUFFER_SIZE)) {
      return reader.read(gz);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + resource, e);
    }
  }
}
