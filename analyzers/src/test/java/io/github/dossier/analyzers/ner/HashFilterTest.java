package io.github.dossier.analyzers.ner;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link HashFilter}: every added hash passes, almost no other does. */
class HashFilterTest {

  @Test
  void addedKeysAlwaysPassAndOthersRarely() {
    HashFilter filter = new HashFilter(16);
    for (int i = 0; i < 1_000; i++) {
      filter.add(("kerala" + i).hashCode());
    }
    for (int i = 0; i < 1_000; i++) {
      assertTrue(filter.mayContain(("kerala" + i).hashCode()));
    }
    int passed = 0;
    for (int i = 0; i < 10_000; i++) {
      if (filter.mayContain(("boulder" + i).hashCode())) {
        passed++;
      }
    }
    assertTrue(passed < 200, "false positives: " + passed);
  }

  @Test
  void aSizeOutOfRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new HashFilter(5));
    assertThrows(IllegalArgumentException.class, () -> new HashFilter(31));
  }
}
