package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingConfigTest {

  private static TrainingConfig load(Path dir, String properties) throws IOException {
    Path file = dir.resolve("ner.properties");
    Files.writeString(file, properties, StandardCharsets.UTF_8);
    return TrainingConfig.load(file);
  }

  @Test
  void shippedPropertiesFileHoldsTheDefaults(@TempDir Path dir) throws IOException {
    try (var in = TrainingConfig.class.getResourceAsStream("/io/github/dossier/analyzers/ner-en.properties")) {
      Files.write(dir.resolve("shipped.properties"), in.readAllBytes());
    }
    assertEquals(TrainingConfig.defaults(), TrainingConfig.load(dir.resolve("shipped.properties")));
  }

  @Test
  void severalShuffleSeedsMakeAnAveragedEnsemble(@TempDir Path dir) throws IOException {
    TrainingConfig c = load(dir, "shuffleSeeds = 3, 4,5\nclusters=true\nshuffleEpochs=true\noutsideBias=2.5\n");

    assertEquals(List.of(3L, 4L, 5L), c.shuffleSeeds());
    assertTrue(c.clusters());
    assertTrue(c.shuffleEpochs());
    assertEquals(2.5, c.outsideBias());
    assertTrue(c.featureDescriptor().contains("<bool name=\"clusters\">true</bool>"), c.featureDescriptor());
    assertEquals(List.of(7L), load(dir, "shuffleSeed=7\n").shuffleSeeds(), "the one-seed key still works");
    assertFalse(TrainingConfig.builder().clusters(false).build().featureDescriptor().contains("clusters"));
  }

  @Test
  void featureSwitchesShowInTheDescriptor(@TempDir Path dir) throws IOException {
    TrainingConfig shipped = TrainingConfig.defaults();
    assertTrue(shipped.nameHeads() && shipped.previousMap());
    assertTrue(shipped.featureDescriptor().contains("<bool name=\"nameHeads\">true</bool>"), shipped.featureDescriptor());
    assertTrue(shipped.featureDescriptor().contains("PreviousMapFeatureGeneratorFactory"));

    TrainingConfig off = load(dir, "nameHeads=false\npreviousMap=false\n");
    assertFalse(off.featureDescriptor().contains("nameHeads"), off.featureDescriptor());
    assertFalse(off.featureDescriptor().contains("PreviousMap"), off.featureDescriptor());
  }

  @Test
  void badSeedSettingsAreNamed(@TempDir Path dir) {
    IllegalArgumentException both =
        assertThrows(IllegalArgumentException.class, () -> load(dir, "shuffleSeed=1\nshuffleSeeds=1,2\n"));
    assertTrue(both.getMessage().contains("shuffleSeed or shuffleSeeds"), both.getMessage());
    // Perceptron-only settings do not stop another learner from being chosen: it ignores them.
    assertEquals("MAXENT", TrainingConfig.builder().algorithm("MAXENT").shuffleSeeds(List.of(1L, 2L)).build().algorithm());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> TrainingConfig.builder().shuffleSeeds(List.of()).build());
    assertTrue(none.getMessage().contains("seed"), none.getMessage());
    IllegalArgumentException bias = assertThrows(IllegalArgumentException.class, () -> load(dir, "outsideBias=lots\n"));
    assertTrue(bias.getMessage().contains("lots"), bias.getMessage());
  }
}
