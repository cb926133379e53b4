package io.github.dossier.index;

import io.github.dossier.Entity;
import io.github.dossier.Mention;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the sentences that mention an entity, or two entities together, reading the stored body
 * and tagged text of the articles that name them, newest first.
 */
final class MentionFinder {
  private static final Set<String> FIELDS =
      Set.of(Schema.ID, Schema.TITLE, Schema.BODY, Schema.SOURCE, Schema.PUBLISHED, Schema.TAGGED);
  private static final int PAGE = 64;

  private MentionFinder() {}

  /** Articles matching {@code query} and naming each of {@code entities}. */
  static Query naming(Query query, List<EntityId> entities) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!(query instanceof MatchAllDocsQuery)) {
      b.add(query, Occur.MUST);
    }
    for (EntityId e : entities) {
      b.add(new TermQuery(new Term(Schema.keys(e.type()), e.key())), Occur.FILTER);
    }
    return b.build();
  }

  /** Newest first, undated last, then index order. */
  static Sort newestFirst() {
    SortField published = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    return new Sort(published, SortField.FIELD_DOC);
  }

  static MentionResults find(
      IndexSearcher searcher, Query query, EntityId entity, Optional<EntityId> other, int limit)
      throws IOException {
    List<EntityId> wanted = other.isPresent() ? List.of(entity, other.get()) : List.of(entity);
    Query lucene = naming(query, wanted);
    long articles = searcher.count(lucene);
    List<MentionInContext> sentences = new ArrayList<>();
    Sort sort = newestFirst();
    ScoreDoc after = null;
    while (sentences.size() < limit) {
      TopDocs page = after == null
          ? searcher.search(lucene, PAGE, sort)
          : searcher.searchAfter(after, lucene, PAGE, sort);
      for (ScoreDoc sd : page.scoreDocs) {
        Document doc = searcher.storedFields().document(sd.doc, FIELDS);
        sentencesOf(doc, wanted, sentences, limit);
        if (sentences.size() >= limit) {
          break;
        }
      }
      if (page.scoreDocs.length < PAGE) {
        break;
      }
      after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
    }
    return new MentionResults(articles, sentences);
  }

  private static void sentencesOf(
      Document doc, List<EntityId> wanted, List<MentionInContext> out, int limit) throws IOException {
    TaggedText tagged = ArticleDocuments.tagged(doc);
    String body = doc.get(Schema.BODY);
    // sentence index -> highlights, for each wanted entity a bit
    TreeMap<Integer, List<Highlight>> highlights = new TreeMap<>();
    TreeMap<Integer, Integer> present = new TreeMap<>();
    for (int w = 0; w < wanted.size(); w++) {
      EntityId id = wanted.get(w);
      for (Entity e : tagged.entities()) {
        if (e.type() != id.type() || !e.key().equals(id.key())) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.sentence() >= tagged.sentences().size()) {
            continue;
          }
          Sentence s = tagged.sentences().get(m.sentence());
          if (m.start() < s.start() || m.end() > s.end()) {
            continue;
          }
          highlights.computeIfAbsent(m.sentence(), k -> new ArrayList<>())
              .add(new Highlight(id, m.text(), m.start() - s.start(), m.end() - s.start()));
          present.merge(m.sentence(), 1 << w, (a, b) -> a | b);
        }
      }
    }
    int all = (1 << wanted.size()) - 1;
    String id = doc.get(Schema.ID);
    String title = doc.get(Schema.TITLE);
    for (var entry : present.entrySet()) {
      if (entry.getValue() != all) {
        continue;
      }
      if (out.size() >= limit) {
        return;
      }
      int index = entry.getKey();
      Sentence s = tagged.sentences().get(index);
      List<Highlight> marks = highlights.get(index);
      marks.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end));
      out.add(new MentionInContext(
          id,
          title == null ? "" : title,
          ArticleDocuments.published(doc),
          Optional.ofNullable(doc.get(Schema.SOURCE)),
          index,
          s.start(),
          body.substring(s.start(), s.end()),
          marks));
    }
  }
}
