package io.github.dossier.index;

import io.github.dossier.EntityType;
import io.github.dossier.NameNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns {@link ArticleQuery ArticleQueries} and parsed {@link QueryNode query trees} into Lucene
 * queries over the {@link Schema}.
 *
 * <p>A clause whose text analyses to nothing (only stop words or punctuation) places no
 * constraint, as in Lucene's classic query parser; a query that is nothing but such clauses
 * matches no article.
 */
final class QueryFactory {
  /** What the index knows that query terms may refer to, beyond its fields. */
  interface Lookup {
    /** Nothing: no person aliases, no places by name. */
    Lookup NONE = new Lookup() {
      @Override
      public Set<String> keysNamed(EntityType type, String normalizedName) {
        return Set.of();
      }

      @Override
      public List<String> placeIds(String name) {
        return List.of();
      }
    };

    /**
     * The keys of the entities of {@code type} that some article names {@code normalizedName}:
     * {@code "volodymyr zelenskyy"} → the key that "Volodymyr Zelensky" and the bare
     * "Zelenskyy" of other articles share ({@link EntityNameKeys}).
     */
    Set<String> keysNamed(EntityType type, String normalizedName) throws IOException;

    /** The ids of the resolved places the index knows by {@code name}; empty if none. */
    List<String> placeIds(String name) throws IOException;
  }

  /** A place id: a scheme, a colon and a code ({@code country:UA}, {@code geonames:703448}). */
  private static final Pattern PLACE_ID = Pattern.compile("[A-Za-z0-9]+:\\S+");

  private final Analyzer text;
  private final Analyzer names;
  private final Lookup lookup;

  QueryFactory(Analyzer text, Analyzer names) {
    this(text, names, Lookup.NONE);
  }

  QueryFactory(Analyzer text, Analyzer names, Lookup lookup) {
    this.text = text;
    this.names = names;
    this.lookup = lookup;
  }

  /** Whether {@code value} has the form of a place id rather than a place name. */
  static boolean isPlaceId(String value) {
    return PLACE_ID.matcher(value.strip()).matches();
  }

  /** Thrown by {@link #term} for a {@code within:} name the index does not know. */
  private static final class UnknownPlace extends RuntimeException {
    final int position;

    UnknownPlace(String message, int position) {
      super(message, null, false, false);
      this.position = position;
    }
  }

  /** The Lucene query of {@code query}. */
  Query toLucene(ArticleQuery query) {
    if (query.matchesAll()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (query.text().isPresent()) {
      Query q;
      try {
        q = toLucene(QueryParser.parse(query.text().get()));
      } catch (UnknownPlace e) {
        throw new QuerySyntaxException(e.getMessage(), query.text().get(), e.position);
      }
      if (q == null) {
        return new MatchNoDocsQuery("the query text has only stop words");
      }
      b.add(q, Occur.MUST);
      any = true;
    }
    for (EntityType type : EntityType.values()) {
      for (String name : query.entities(type)) {
        Query q = analysed(Schema.names(type), name, names);
        if (q == null) {
          return new MatchNoDocsQuery(type.field() + " filter has no words: " + name);
        }
        b.add(q, Occur.MUST);
        any = true;
      }
    }
    if (query.source().isPresent()) {
      b.add(new TermQuery(new Term(Schema.SOURCE, NameNormalizer.normalize(query.source().get()))),
          Occur.FILTER);
      any = true;
    }
    if (query.publishedFrom().isPresent() || query.publishedTo().isPresent()) {
      long from = query.publishedFrom().map(i -> i.toEpochMilli()).orElse(Long.MIN_VALUE);
      long to = query.publishedTo().map(i -> i.toEpochMilli()).orElse(Long.MAX_VALUE);
      b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, from, to), Occur.FILTER);
      any = true;
    }
    for (String place : query.within()) {
      Query q = withinPlace(place, -1);
      if (q == null) {
        throw new IllegalArgumentException(unknownPlace(place));
      }
      b.add(q, Occur.FILTER);
      any = true;
    }
    for (GeoCircle circle : query.near()) {
      b.add(near(circle), Occur.FILTER);
      any = true;
    }
    for (GeoBox box : query.boxes()) {
      b.add(inBox(box), Occur.FILTER);
      any = true;
    }
    return any ? b.build() : new MatchAllDocsQuery();
  }

  /**
   * Articles with a resolved place that is, or lies inside, {@code place}: a place id, or the name
   * of a resolved place the index knows (the place most articles give that name, as {@link
   * EntityStats#lookup} finds it); null if the index knows no such place.
   */
  private Query withinPlace(String place, int position) {
    if (isPlaceId(place)) {
      return within(place);
    }
    List<String> ids;
    try {
      ids = lookup.placeIds(place);
    } catch (IOException e) {
      throw new UncheckedIOException("looking up the place '" + place + "'", e);
    }
    if (ids.isEmpty()) {
      return null;
    }
    if (ids.size() == 1) {
      return within(ids.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String id : ids) {
      b.add(within(id), Occur.SHOULD);
    }
    return b.build();
  }

  private static String unknownPlace(String name) {
    return "'within:' found no resolved place named '" + name + "' in the index; give a place"
        + " the index knows or a place id such as country:UA, admin1:US.TX or geonames:703448";
  }

  /** Articles with a resolved place that is, or lies inside, the place {@code id}. */
  static Query within(String id) {
    return new TermQuery(new Term(Schema.PLACE_WITHIN, id.trim()));
  }

  /** Articles with a resolved place inside {@code circle}. */
  static Query near(GeoCircle circle) {
    return LatLonPoint.newDistanceQuery(
        Schema.PLACE_POINT, circle.latitude(), circle.longitude(), circle.radiusKm() * 1000);
  }

  /** Articles with a resolved place inside {@code box}. */
  static Query inBox(GeoBox box) {
    return LatLonPoint.newBoxQuery(Schema.PLACE_POINT, box.minLatitude(), box.maxLatitude(),
        box.minLongitude(), box.maxLongitude());
  }

  /** The Lucene query of a parsed tree; null if it places no constraint. */
  Query toLucene(QueryNode node) {
    if (node instanceof QueryNode.And and) {
      return and(and.children());
    }
    if (node instanceof QueryNode.Or or) {
      return or(or.children());
    }
    if (node instanceof QueryNode.Not not) {
      Query negated = toLucene(not.child());
      return negated == null ? null : excluding(negated);
    }
    if (node instanceof QueryNode.DateRange range) {
      return LongPoint.newRangeQuery(Schema.PUBLISHED, range.fromMillis(), range.toMillis());
    }
    if (node instanceof QueryNode.Near near) {
      return near(near.circle());
    }
    if (node instanceof QueryNode.InBox box) {
      return inBox(box.box());
    }
    return term((QueryNode.Term) node);
  }

  private Query and(List<QueryNode> children) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    for (QueryNode child : children) {
      if (child instanceof QueryNode.Not not) {
        Query q = toLucene(not.child());
        if (q != null) {
          b.add(q, Occur.MUST_NOT);
          any = true;
        }
        continue;
      }
      Query q = toLucene(child);
      if (q != null) {
        boolean filter = child instanceof QueryNode.DateRange || child instanceof QueryNode.Near
            || child instanceof QueryNode.InBox;
        b.add(q, filter ? Occur.FILTER : Occur.MUST);
        positive = true;
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    if (!positive) {
      b.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    return b.build();
  }

  private Query or(List<QueryNode> children) {
    List<Query> queries = new ArrayList<>();
    for (QueryNode child : children) {
      Query q = toLucene(child);
      if (q != null) {
        queries.add(q);
      }
    }
    if (queries.isEmpty()) {
      return null;
    }
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    queries.forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  private static Query excluding(Query negated) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(negated, Occur.MUST_NOT)
        .build();
  }

  private Query term(QueryNode.Term term) {
    switch (term.field()) {
      case TEXT: {
        Query title = analysed(Schema.TITLE, term.text(), text);
        Query body = analysed(Schema.BODY, term.text(), text);
        if (title == null) {
          return null;
        }
        return new BooleanQuery.Builder()
            .add(new BoostQuery(title, Schema.TITLE_BOOST), Occur.SHOULD)
            .add(body, Occur.SHOULD)
            .build();
      }
      case TITLE:
        return analysed(Schema.TITLE, term.text(), text);
      case SOURCE:
        return term.quoted()
            ? exact(Schema.SOURCE, term.text())
            : analysed(Schema.SOURCE_WORDS, term.text(), names);
      case ENTITY: {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (EntityType type : EntityType.values()) {
          Query q = entity(type, term);
          if (q != null) {
            b.add(q, Occur.SHOULD);
            any = true;
          }
        }
        return any ? b.build() : null;
      }
      case WITHIN: {
        if (term.text().isBlank()) {
          return null;
        }
        Query q = withinPlace(term.text(), term.position());
        if (q == null) {
          throw new UnknownPlace(unknownPlace(term.text().strip()) + " (position "
              + term.position() + ")", term.position());
        }
        return q;
      }
      case PERSON:
      case PLACE:
      case ORG:
        return entity(term.field().entityType().orElseThrow(), term);
      default:
        throw new IllegalStateException("no term query for field " + term.field());
    }
  }

  private Query entity(EntityType type, QueryNode.Term term) {
    if (!term.quoted()) {
      return analysed(Schema.names(type), term.text(), names);
    }
    Query exact = exact(Schema.exact(type), term.text());
    if (exact == null) {
      return null;
    }
    Set<String> keys;
    try {
      keys = lookup.keysNamed(type, NameNormalizer.normalize(term.text()));
    } catch (IOException e) {
      throw new UncheckedIOException("looking up the entities named '" + term.text() + "'", e);
    }
    if (keys.isEmpty()) {
      return exact;
    }
    // also the articles that wrote the entity another way, or by surname alone
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(exact, Occur.SHOULD);
    for (String key : keys) {
      b.add(new TermQuery(new Term(Schema.keys(type), key)), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query exact(String field, String value) {
    String normalized = NameNormalizer.normalize(value);
    return normalized.isEmpty() ? null : new TermQuery(new Term(field, normalized));
  }

  /**
   * A term query if {@code value} analyses to one token, a phrase query if to several (the words
   * must then stand in this order, as in a quoted phrase; an unquoted word that splits into several
   * tokens, like "e-mail", is a phrase too); null if to none.
   */
  static Query analysed(String field, String value, Analyzer analyzer) {
    List<String> terms = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, value)) {
      CharTermAttribute termAtt = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        terms.add(termAtt.toString());
        positions.add(position);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    int first = positions.get(0);
    for (int i = 0; i < terms.size(); i++) {
      b.add(new Term(field, terms.get(i)), positions.get(i) - first);
    }
    return b.build();
  }
}
