package io.github.dossier.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDumpCleanerTest {

  private final PageDumpCleaner cleaner = new PageDumpCleaner();
  private final CleanedPage sample = cleaner.clean(Fixtures.read(Fixtures.SAMPLE));

  @Test
  void takesTitleAndOutletFromTheTitleLine() {
    assertEquals(Optional.of("U.S. offers security guarantees to Kyiv"), sample.title());
    assertEquals(Optional.of("CBC News"), sample.outlet());
  }

  @Test
  void dropsNavigationShareRowsSourceLinesAndVideoLabels() {
    String body = sample.body();
    assertFalse(body.contains("Skip to content"), "navigation line");
    assertFalse(body.contains("CBC News"), "title line with outlet");
    assertFalse(body.contains("#"), "hashtag share row");
    assertFalse(body.contains("www.cbc.ca"), "bare web address");
    assertFalse(body.contains("Article Sourced Website"), "source note");
    assertFalse(body.contains("WATCH"), "video box label");
    assertFalse(body.contains("Canada pledges more than $200M for Ukraine at NATO meeting"),
        "headline of the embedded video");
  }

  @Test
  void keepsParagraphsSubheadingsAndCaptions() {
    String body = sample.body();
    assertTrue(body.startsWith("The U.S. has agreed to provide unspecified security guarantees"), body);
    assertTrue(body.endsWith("“Our objective must be to avoid war, but the price of maintaining peace is rising.”"));
    assertTrue(body.contains("\n\nQuestions remain\n\n"), "subheading stays a paragraph of its own");
    assertTrue(body.contains("Russian missile and drone attacks. (Thomas Peter/Reuters)\n\n"), "caption with credit");
    assertTrue(body.contains(
        "advertising military opportunities\nA billboard promoting contract service"),
        "image description and caption stay on separate adjacent lines");
    assertTrue(body.contains("Putin ‘dragging out’ talks: MI6 chief"));
  }

  @Test
  void stripsIndentationAndCollapsesBlankLines() {
    String body = sample.body();
    assertFalse(body.contains("\n "), "no line starts with a space");
    assertFalse(body.contains("\n\n\n"), "at most one blank line between paragraphs");
    assertEquals(body.strip(), body);
  }

  @Test
  void worksWithoutTitleLine() {
    CleanedPage page = cleaner.clean("Skip to main content\n\n  First paragraph.\n\n  Second one.\n");
    assertEquals(Optional.empty(), page.title());
    assertEquals(Optional.empty(), page.outlet());
    assertEquals("First paragraph.\n\nSecond one.", page.body());
  }

  @Test
  void generalRulesApplyToOtherOutlets() {
    String dump = "Menu\nMinisters meet in Paris – The Daily Example\n\nLISTEN | The week in review\n"
        + "Episode 12 of our podcast\n\nMinisters met in Paris on Friday.\n\nShare on Facebook\n#Paris #Ministers\n"
        + "https://example.org/news/123\nRelated stories\n";
    CleanedPage page = cleaner.clean(dump);
    assertEquals(Optional.of("Ministers meet in Paris"), page.title());
    assertEquals(Optional.of("The Daily Example"), page.outlet());
    assertEquals("Ministers met in Paris on Friday.", page.body());
  }

  @Test
  void rejectsPagesWithoutBody() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> cleaner.clean("Skip to content\n\n#a #b\n"));
    assertTrue(e.getMessage().contains("no body text"), e.getMessage());
    assertThrows(NullPointerException.class, () -> cleaner.clean(null));
  }
}
