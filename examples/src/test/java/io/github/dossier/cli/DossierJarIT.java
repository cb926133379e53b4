package io.github.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code dossier.jar} as a user would, in a fresh JVM: checks that everything it
 * needs (Lucene codecs found through META-INF/services, OpenNLP and Dossier models) is inside.
 */
class DossierJarIT {

  record Result(int code, String out, String err) {}

  static Result java(Path workDir, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("dossier.jar", "target/dossier.jar");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    Path out = workDir.resolve("stdout.txt");
    Path err = workDir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "dossier.jar did not finish");
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void demoRunsFromTheJar(@TempDir Path tmp) throws Exception {
    Result r = java(tmp, "demo", "--index", tmp.resolve("idx").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Indexed 31 articles"), r.out());
    assertTrue(r.out().contains("Vladimir Putin"), r.out());
  }

  @Test
  void tagJsonFromTheJarFindsTheSampleEntities(@TempDir Path tmp) throws Exception {
    Path sample = tmp.resolve("cbc.txt");
    try (var in = DossierJarIT.class.getResourceAsStream(
        "/io/github/dossier/examples/sample/cbc-us-offers-security-guarantees-to-kyiv.txt")) {
      Files.copy(in, sample);
    }
    Result r = java(tmp, "tag", "--json", sample.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode json = Json.MAPPER.readTree(r.out().lines().findFirst().orElseThrow());
    List<String> found = new ArrayList<>();
    json.get("entities").forEach(e -> found.add(e.get("type").asText() + ":" + e.get("name").asText()));
    assertTrue(found.contains("PERSON:Volodymyr Zelenskyy"), found.toString());
    assertTrue(found.contains("LOCATION:Kyiv"), found.toString());
    assertTrue(found.contains("ORGANIZATION:NATO"), found.toString());
  }

  @Test
  void searchingAMissingIndexFailsWithOneLine(@TempDir Path tmp) throws Exception {
    Result r = java(tmp, "search", "--index", tmp.resolve("none").toString(), "Putin");
    assertEquals(1, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
  }
}
