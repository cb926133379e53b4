package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Titles and roles written right before a name. */
class DescriptorsTest {
  private static Optional<String> before(String text, String name) {
    return Descriptors.before(text, 0, text.indexOf(name));
  }

  @Test
  void capitalizedTitlesAndRoleNounsBeforeANameAreItsDescriptor() {
    assertEquals(Optional.of("German Chancellor"),
        before("The talks were hosted by German Chancellor Friedrich Merz.", "Friedrich"));
    assertEquals(Optional.of("Kremlin spokesperson"),
        before("Kremlin spokesperson Dmitry Peskov said no date was set.", "Dmitry"));
    assertEquals(Optional.of("U.S. special envoy"),
        before("They met U.S. special envoy Steve Witkoff in Berlin.", "Steve"));
    assertEquals(Optional.of("former prime minister"),
        before("It was signed by former prime minister Boris Johnson.", "Boris"));
    assertEquals(Optional.of("Gen."), before("It was Gen. Valery Zaluzhny who spoke.", "Valery"));
  }

  @Test
  void verbsPunctuationAndFunctionWordsAreNoDescriptor() {
    assertEquals(Optional.empty(), before("Russian drones struck Kyiv overnight.", "Kyiv"));
    assertEquals(Optional.empty(), before("Officials said Zelenskyy would travel.", "Zelenskyy"));
    assertEquals(Optional.empty(), before("In a statement, Zelenskyy thanked allies.", "Zelenskyy"));
    assertEquals(Optional.empty(), before("\"We are ready,\" Zelenskyy said.", "Zelenskyy"));
    assertEquals(Optional.empty(), before("Zelenskyy spoke first.", "Zelenskyy"));
    // "The" is not part of "The Ukrainian President"
    assertEquals(Optional.of("Ukrainian President"),
        before("The Ukrainian President Volodymyr Zelenskyy spoke.", "Volodymyr"));
  }

  @Test
  void theSentenceStartBoundsTheSearch() {
    String text = "Troops left Kyiv. Zelenskyy spoke.";
    int start = text.indexOf("Zelenskyy");
    assertEquals(Optional.empty(), Descriptors.before(text, start, start));
  }
}
