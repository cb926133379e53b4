package io.github.dossier.analyzers.names;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures how many different common surnames the standard rules would merge, on the US Census
 * 1990 surname list when it is available (set {@code dossier.gazetteers} or have {@code
 * /work/shared/gazetteers}); skipped otherwise.
 */
class NameVariantsFalseMergeTest {

  private static Path surnames() {
    String dir = System.getProperty("dossier.gazetteers", "/work/shared/gazetteers");
    return Paths.get(dir, "census1990_surnames.tsv");
  }

  /** Share of the {@code top} surnames whose key (as "John X") another surname shares. */
  private static double mergedShare(NameVariants variants, int top) throws IOException {
    List<String> lines = Files.readAllLines(surnames(), StandardCharsets.UTF_8);
    Map<String, Integer> perKey = new HashMap<>();
    List<String> names = lines.subList(1, Math.min(lines.size(), top + 1)).stream()
        .map(line -> line.split("\t")[0])
        .map(name -> name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT))
        .toList();
    for (String name : names) {
      perKey.merge(variants.matchKey("John " + name, EntityType.PERSON), 1, Integer::sum);
    }
    long merged = names.stream()
        .filter(name -> perKey.get(variants.matchKey("John " + name, EntityType.PERSON)) > 1)
        .count();
    return (double) merged / names.size();
  }

  @Test
  void standardRulesMergeAlmostNoDifferentCommonSurnames() throws IOException {
    assumeTrue(Files.isRegularFile(surnames()), "Census surname list not available");
    double standard = mergedShare(NameVariants.standard(), 10_000);
    assertTrue(standard < 0.002, "standard rules merge " + standard + " of the top surnames");
    double folding = mergedShare(NameVariants.builder().foldDoubledConsonants(true).build(), 10_000);
    assertTrue(folding > 0.03, "folding doubled consonants merges " + folding
        + " of the top surnames (Wilson/Willson), which is why it is off by default");
  }
}
