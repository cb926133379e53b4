package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.dossier.Article;
import io.github.dossier.Entity;
import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import io.github.dossier.Mention;
import io.github.dossier.NameNormalizer;
import io.github.dossier.Sentence;
import io.github.dossier.TaggedText;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Converts articles to Lucene documents and stored documents back to articles. */
final class ArticleDocuments {
  private static final Logger log = LoggerFactory.getLogger(ArticleDocuments.class);

  /** The longest article id accepted, in characters. */
  static final int MAX_ID_LENGTH = 1024;

  private ArticleDocuments() {}

  /**
   * Checks that {@code tagged} fits {@code article}'s body.
   *
   * @throws IllegalArgumentException naming the article and the offending sentence or mention
   */
  static void validate(Article article, TaggedText tagged) {
    checkArgument(
        article.id().length() <= MAX_ID_LENGTH,
        "article id is %s characters long; at most %s are allowed",
        article.id().length(),
        MAX_ID_LENGTH);
    int length = article.body().length();
    for (Sentence s : tagged.sentences()) {
      checkArgument(
          s.end() <= length,
          "article %s: sentence [%s, %s) is outside its body of %s characters",
          article.id(), s.start(), s.end(), length);
    }
    for (Entity e : tagged.entities()) {
      for (Mention m : e.mentions()) {
        checkArgument(
            m.end() <= length,
            "article %s: mention \"%s\" [%s, %s) of %s is outside its body of %s characters",
            article.id(), m.text(), m.start(), m.end(), e.key(), length);
      }
    }
  }

  /** The Lucene document of a validated article. */
  static Document toDocument(Article article, TaggedText tagged) {
    return toDocument(article, tagged, null);
  }

  /**
   * The Lucene document of a validated article whose entities {@code tagged} were curated from
   * {@code original} (null if the curation changed nothing).
   */
  static Document toDocument(Article article, TaggedText tagged, TaggedText original) {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.ID_SORT, new BytesRef(article.id())));
    doc.add(new Field(Schema.TITLE, article.title(), Schema.TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.BODY, article.body(), Schema.TEXT_WITH_OFFSETS));
    article.source().ifPresent(source -> addSource(doc, article.id(), source));
    article.url().ifPresent(url -> doc.add(new StoredField(Schema.URL, url)));
    article.published().ifPresent(published -> {
      long millis = published.toEpochMilli();
      doc.add(new LongPoint(Schema.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(Schema.PUBLISHED, millis));
      doc.add(new StoredField(Schema.PUBLISHED, published.toString()));
    });
    if (!article.metadata().isEmpty()) {
      doc.add(new StoredField(Schema.METADATA, TaggedTextCodec.encodeMetadata(article.metadata())));
    }
    doc.add(new StoredField(Schema.TAGGED, TaggedTextCodec.encode(tagged)));
    if (original != null) {
      doc.add(new StoredField(Schema.TAGGED_ORIGINAL, TaggedTextCodec.encode(original)));
    }
    for (EntityType type : EntityType.values()) {
      addEntities(doc, article.id(), type, tagged);
    }
    addPlaces(doc, tagged);
    return doc;
  }

  private static void addSource(Document doc, String id, String source) {
    doc.add(new StoredField(Schema.SOURCE, source));
    doc.add(new TextField(Schema.SOURCE_WORDS, source, Field.Store.NO));
    String normalized = NameNormalizer.normalize(source);
    if (!Schema.keywordFits(source)) {
      log.warn("article {}: source of {} characters is too long to index as a keyword; "
          + "it is stored and searchable by its words only", id, source.length());
      return;
    }
    if (!normalized.isEmpty()) {
      doc.add(new StringField(Schema.SOURCE, normalized, Field.Store.NO));
    }
    doc.add(new SortedDocValuesField(Schema.SOURCE, new BytesRef(source)));
  }

  private static void addEntities(Document doc, String id, EntityType type, TaggedText tagged) {
    Map<String, Integer> mentionsByKey = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    Set<String> facets = new LinkedHashSet<>();
    for (Entity e : tagged.entities()) {
      if (e.type() != type) {
        continue;
      }
      names.add(e.name());
      for (Mention m : e.mentions()) {
        names.add(m.text());
      }
      e.place().ifPresent(place -> {
        names.add(place.name());
        names.addAll(place.aliases());
      });
      String facet = e.key() + Schema.KEY_NAME_SEPARATOR + e.name();
      if (!Schema.keywordFits(facet)) {
        log.warn("article {}: {} entity key of {} characters is too long to index; "
            + "it is stored and searchable by its words only", id, type.field(), e.key().length());
        continue;
      }
      mentionsByKey.merge(e.key(), Math.max(1, e.mentionCount()), Integer::sum);
      facets.add(facet);
    }
    if (mentionsByKey.isEmpty() && names.isEmpty()) {
      return;
    }
    if (!mentionsByKey.isEmpty()) {
      doc.add(new Field(Schema.keys(type), new EntityKeyTokenStream(mentionsByKey), Schema.ENTITY_KEYS));
    }
    for (String facet : facets) {
      doc.add(new SortedSetDocValuesField(Schema.facet(type), new BytesRef(facet)));
    }
    Set<String> exact = new LinkedHashSet<>();
    for (String name : names) {
      doc.add(new TextField(Schema.names(type), name, Field.Store.NO));
      String normalized = NameNormalizer.normalize(name);
      if (!normalized.isEmpty() && Schema.keywordFits(normalized) && exact.add(normalized)) {
        doc.add(new StringField(Schema.exact(type), normalized, Field.Store.NO));
      }
    }
  }

  /** Files the article under its resolved places, the places containing them, and their points. */
  private static void addPlaces(Document doc, TaggedText tagged) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> points = new LinkedHashSet<>();
    for (Entity e : tagged.entities()) {
      if (e.place().isEmpty()) {
        continue;
      }
      GeoPlace place = e.place().get();
      for (String id : place.selfAndEnclosing()) {
        if (Schema.keywordFits(id) && ids.add(id)) {
          doc.add(new StringField(Schema.PLACE_WITHIN, id, Field.Store.NO));
        }
      }
      if (points.add(place.latitude() + "," + place.longitude())) {
        doc.add(new LatLonPoint(Schema.PLACE_POINT, place.latitude(), place.longitude()));
        doc.add(new LatLonDocValuesField(Schema.PLACE_POINT, place.latitude(), place.longitude()));
      }
    }
  }

  /** The stored fields needed to read back a whole article. */
  static IndexedArticle toIndexedArticle(Document doc) throws IOException {
    Article.Builder article =
        Article.builder(doc.get(Schema.ID), doc.get(Schema.BODY)).title(doc.get(Schema.TITLE));
    Optional.ofNullable(doc.get(Schema.SOURCE)).ifPresent(article::source);
    Optional.ofNullable(doc.get(Schema.URL)).ifPresent(article::url);
    published(doc).ifPresent(article::published);
    BytesRef metadata = doc.getBinaryValue(Schema.METADATA);
    if (metadata != null) {
      article.metadata(TaggedTextCodec.decodeMetadata(metadata));
    }
    return new IndexedArticle(article.build(), tagged(doc));
  }

  static Optional<Instant> published(Document doc) {
    return Optional.ofNullable(doc.get(Schema.PUBLISHED)).map(Instant::parse);
  }

  /** The tagged text as the tagger found it, before any curation. */
  static TaggedText original(Document doc) throws IOException {
    IndexableField field = doc.getField(Schema.TAGGED_ORIGINAL);
    return field == null ? tagged(doc) : TaggedTextCodec.decode(field.binaryValue());
  }

  static TaggedText tagged(Document doc) throws IOException {
    IndexableField field = doc.getField(Schema.TAGGED);
    return field == null ? TaggedText.empty() : TaggedTextCodec.decode(field.binaryValue());
  }
}
