package io.github.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dossier.EntityType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mentions in context over the five {@link Research} articles. */
class MentionsTest extends ResearchIndexTest {


  private static List<String> marked(MentionResults r) {
    return r.sentences().stream()
        .map(m -> m.articleId() + "#" + m.sentenceIndex() + " " + m.highlighted("[", "]"))
        .toList();
  }

  @Test
  void everySentenceNamingAnEntityNewestArticleFirst() throws IOException {
    MentionResults r = index.mentions(ALICE, ArticleQuery.all(), 100);
    assertEquals(4, r.articles());
    assertEquals(
        List.of(
            "a4#1 [Alice Adams] was absent.",
            "a2#0 [Alice Adams] visited Acme in Berlin.",
            "a2#1 Acme thanked [Adams].",
            "a1#0 [Alice Adams] met Bob Brown in Paris.",
            "a1#1 [Adams] said talks went well.",
            "a5#0 [Alice Adams] wrote a letter."),
        marked(r));
  }

  @Test
  void offsetsPointIntoTheSentenceAndTheBody() throws IOException {
    MentionInContext m = index.mentions(ALICE, ArticleQuery.all(), 3).sentences().get(2);
    assertEquals("a2", m.articleId());
    assertEquals("Visit to Acme", m.title());
    assertEquals(Optional.of(Instant.parse("2025-01-12T00:00:00Z")), m.published());
    assertEquals(Optional.of("Wire"), m.source());
    assertEquals("Acme thanked Adams.", m.sentence());
    assertEquals(36, m.sentenceStart());
    assertEquals(List.of(new Highlight(ALICE, "Adams", 13, 18)), m.highlights());
    String body = Research.A2.body();
    Highlight h = m.highlights().get(0);
    assertEquals("Adams", body.substring(m.sentenceStart() + h.start(), m.sentenceStart() + h.end()));
  }

  @Test
  void limitAndQueryRestrictTheSentences() throws IOException {
    assertEquals(
        List.of("a4#1 [Alice Adams] was absent.", "a2#0 [Alice Adams] visited Acme in Berlin."),
        marked(index.mentions(ALICE, ArticleQuery.all(), 2)));
    MentionResults wire = index.mentions(ALICE, ArticleQuery.parse("source:wire"), 100);
    assertEquals(3, wire.articles());
    assertEquals(5, wire.sentences().size());
    MentionResults counted = index.mentions(ALICE, ArticleQuery.all(), 0);
    assertEquals(4, counted.articles());
    assertEquals(List.of(), counted.sentences());
  }

  @Test
  void twoEntitiesOnlyWhereBothStandInOneSentence() throws IOException {
    MentionResults r = index.mentionsTogether(ALICE, BOB, ArticleQuery.all(), 100);
    // a1, a4 and a5 name both, but only a1 in one sentence
    assertEquals(3, r.articles());
    assertEquals(List.of("a1#0 [Alice Adams] met [Bob Brown] in Paris."), marked(r));
    assertEquals(
        List.of(new Highlight(ALICE, "Alice Adams", 0, 11), new Highlight(BOB, "Bob Brown", 16, 25)),
        r.sentences().get(0).highlights());
  }

  @Test
  void unknownEntityAndBadArguments() throws IOException {
    MentionResults none = index.mentions(new EntityId(EntityType.PERSON, "nobody"), ArticleQuery.all(), 10);
    assertEquals(0, none.articles());
    assertEquals(List.of(), none.sentences());
    assertThrows(IllegalArgumentException.class, () -> index.mentions(ALICE, ArticleQuery.all(), -1));
    assertThrows(IllegalArgumentException.class,
        () -> index.mentionsTogether(ALICE, ALICE, ArticleQuery.all(), 10));
  }
}
