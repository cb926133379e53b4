package io.github.dossier.index;

import io.github.dossier.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Five tiny articles whose entity counts are easy to count by hand, for the research queries
 * (facets, timelines, mentions, co-occurrence). Sentences end at ". ".
 *
 * <pre>
 * a1 2025-01-06 Wire  s0 Alice Adams, Bob Brown, Paris | s1 Adams | s2 Brown, Berlin
 * a2 2025-01-12 Wire  s0 Alice Adams, Acme, Berlin | s1 Acme, Adams
 * a3 2025-01-13 Post  s0 Carol Chen, Paris | s1 Chen, Acme
 * a4 2025-03-02 Post  s0 Bob Brown, Carol Chen, Paris | s1 Alice Adams
 * a5 (no date)  Wire  s0 Alice Adams | s1 Bob Brown
 * </pre>
 */
final class Research {
  private Research() {}

  static FakeTagger tagger() {
    return new FakeTagger()
        .person("Alice Adams", "Adams")
        .person("Bob Brown", "Brown")
        .person("Carol Chen", "Chen")
        .place("Paris")
        .place("Berlin")
        .org("Acme");
  }

  static final Article A1 = article("a1", "2025-01-06", "Wire", "Talks in Paris",
      "Alice Adams met Bob Brown in Paris. Adams said talks went well. Brown left for Berlin.");
  static final Article A2 = article("a2", "2025-01-12", "Wire", "Visit to Acme",
      "Alice Adams visited Acme in Berlin. Acme thanked Adams.");
  static final Article A3 = article("a3", "2025-01-13", "Post", "Chen speaks",
      "Carol Chen spoke in Paris. Chen praised Acme.");
  static final Article A4 = article("a4", "2025-03-02", "Post", "Meeting in Paris",
      "Bob Brown and Carol Chen met in Paris. Alice Adams was absent.");
  static final Article A5 = article("a5", null, "Wire", "Letters",
      "Alice Adams wrote a letter. Bob Brown replied.");

  /** An index of the five articles in two segments (a1 to a3 committed, a4 and a5 not). */
  static ArticleIndex index(Path dir) throws IOException {
    ArticleIndex index = ArticleIndex.open(dir, tagger());
    index.add(A1);
    index.add(A2);
    index.add(A3);
    index.commit();
    index.add(A4);
    index.add(A5);
    return index;
  }

  private static Article article(String id, String date, String source, String title, String body) {
    Article.Builder b = Article.builder(id, body).title(title).source(source);
    if (date != null) {
      b.published(LocalDate.parse(date));
    }
    return b.build();
  }
}
