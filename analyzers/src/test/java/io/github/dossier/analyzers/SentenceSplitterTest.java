package io.github.dossier.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static SentenceModel model;

  @BeforeAll
  static void loadModel() throws IOException {
    try (InputStream in = SentenceSplitterTest.class.getResourceAsStream(EnglishEntityTagger.SENTENCE_MODEL_RESOURCE)) {
      model = new SentenceModel(in);
    }
  }

  private static List<String> sentences(String text) {
    return new SentenceSplitter(model).split(text).stream()
        .map(s -> text.substring(s.getStart(), s.getEnd()))
        .toList();
  }

  @Test
  void keepsNewsAbbreviationsInsideSentences() {
    assertEquals(
        List.of("The officials said talks with U.S. President Donald Trump’s envoys led to narrowing differences."),
        sentences("The officials said talks with U.S. President Donald Trump’s envoys led to narrowing differences."));
    assertEquals(
        List.of("Witkoff and Kushner were accompanied by U.S. air force Gen. Alexus Grynkewich, who heads NATO’s"
            + " military operations."),
        sentences("Witkoff and Kushner were accompanied by U.S. air force Gen. Alexus Grynkewich, who heads NATO’s"
            + " military operations."));
    assertEquals(List.of("A billboard is seen in St. Petersburg, Russia, earlier this month."),
        sentences("A billboard is seen in St. Petersburg, Russia, earlier this month."));
    assertEquals(List.of("Mr. Peskov quoted J. R. R. Tolkien to the U.K. delegation."),
        sentences("Mr. Peskov quoted J. R. R. Tolkien to the U.K. delegation."));
  }

  @Test
  void splitsAfterAnAcronymWhenASentenceStarts() {
    assertEquals(List.of("They committed to work with the U.S.", "They said the force would be European-led."),
        sentences("They committed to work with the U.S. They said the force would be European-led."));
  }

  @Test
  void quotesStayWithTheirSentence() {
    assertEquals(
        List.of("“I think we’re closer now than we have been, ever,” Trump told reporters.",
            "He added, “We’re having tremendous support.”"),
        sentences("“I think we’re closer now than we have been, ever,” Trump told reporters. "
            + "He added, “We’re having tremendous support.”"));
  }

  @Test
  void lineBreaksEndSentencesSoCaptionsAndHeadingsStandAlone() {
    String text = "Questions remain\n\nQuestions over security remain.\n"
        + "A woman standing on an apartment balcony\n"
        + "A billboard is seen near a building. (Dmitri Lovetsky/The Associated Press)";
    List<String> s = sentences(text);
    assertEquals("Questions remain", s.get(0));
    assertEquals("Questions over security remain.", s.get(1));
    assertEquals("A woman standing on an apartment balcony", s.get(2));
    assertTrue(s.get(3).startsWith("A billboard is seen near a building."), s.get(3));
    assertEquals("(Dmitri Lovetsky/The Associated Press)", s.get(s.size() - 1).substring(s.get(s.size() - 1).indexOf('(')));
  }

  @Test
  void spansAreTrimmedOffsetsIntoTheText() {
    String text = "  First one.  Second one.\n\n   Third";
    List<Span> spans = new SentenceSplitter(model).split(text);
    assertEquals(List.of(new Span(2, 12), new Span(14, 25), new Span(30, 35)), spans);
  }

  @Test
  void splitsTheSampleArticleIntoItsSentences() {
    String body = new PageDumpCleaner().clean(Fixtures.read(Fixtures.SAMPLE)).body();
    List<String> s = sentences(body);
    assertTrue(s.contains("Questions remain"), "subheading");
    assertTrue(s.contains("A woman speaks while standing behind a lectern"), "caption without period");
    assertTrue(s.contains("Putin has denied plans to attack any European allies."));
    assertTrue(s.stream().anyMatch(x -> x.startsWith("Witkoff and Kushner were accompanied by U.S. air force Gen."
        + " Alexus Grynkewich, who heads")), "no split after Gen.");
    assertTrue(s.stream().noneMatch(x -> x.endsWith("U.S.") && !x.endsWith("supported by the U.S.")),
        "no split after U.S. except at the paragraph end: " + s);
    assertTrue(s.stream().noneMatch(x -> x.contains("\n")), "no sentence crosses a line break");
  }
}
