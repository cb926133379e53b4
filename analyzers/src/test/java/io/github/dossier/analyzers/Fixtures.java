package io.github.dossier.analyzers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the fixture articles under {@code src/test/resources/io/github/dossier/analyzers/articles}. */
final class Fixtures {

  static final String SAMPLE = "cbc-us-offers-security-guarantees-to-kyiv.txt";
  static final String UK_PARLIAMENT = "wikinews-uk-parliament-suspension.txt";
  static final String EL_PASO = "wikinews-el-paso-shooting.txt";
  static final String PUERTO_RICO = "wikinews-puerto-rico-governor.txt";

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("articles/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture article " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
