package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dossier.EntityType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A search over an {@link ArticleIndex}: an optional query-language expression combined (AND) with
 * optional structured filters.
 *
 * <pre>{@code
 * ArticleQuery q = ArticleQuery.builder()
 *     .text("security guarantees")
 *     .person("Trump")
 *     .place("Kyiv")
 *     .source("CBC News")
 *     .publishedBetween(Instant.parse("2025-12-01T00:00:00Z"), null)
 *     .build();
 * }</pre>
 *
 * <p>{@code text} is written in the query language described in {@link
 * io.github.dossier.index the package documentation} (free text, "phrases", AND/OR/NOT,
 * parentheses, {@code person:}, {@code place:}, {@code org:}, {@code entity:}, {@code source:},
 * {@code title:}, {@code date:[... TO ...]}); it is validated when the query is built.
 *
 * <p>Each entity filter ({@link Builder#person}, {@link Builder#place}, {@link Builder#org})
 * matches articles with an entity of that type whose canonical name or one of whose mention forms
 * contains the filter's words in order, as whole words, ignoring case, diacritics and possessive
 * endings: {@code person("zelenskyy")} and {@code person("Volodymyr Zelenskyy")} both match an
 * article about "Volodymyr Zelenskyy". Several filters must all match. {@code source} matches the
 * whole source name, ignoring case and diacritics. Publication bounds are inclusive; either may be
 * absent for an open end. A query with no part at all matches every article.
 *
 * <p>Geographic filters need an index built by a tagger that resolves places (see {@link
 * io.github.dossier.GeoPlace}): {@link Builder#within} matches articles with a resolved place that
 * is the given place or lies inside it ({@code within("country:UA")} matches an article naming
 * Kyiv); {@link Builder#near} and {@link Builder#inBox} match articles with a resolved place inside
 * a circle or rectangle. Several geographic filters must all match.
 *
 * @param text the query-language expression, if any
 * @param persons person filters; all must match
 * @param places place filters; all must match
 * @param orgs organization filters; all must match
 * @param source the source filter, if any
 * @param publishedFrom the earliest publication instant (inclusive), if bounded
 * @param publishedTo the latest publication instant (inclusive), if bounded
 * @param within place ids ({@code "country:UA"}, {@code "geonames:703448"}) or names of resolved
 *     places the index knows ({@code "Ukraine"}); all must match
 * @param near circles; all must contain a resolved place of the article
 * @param boxes rectangles; all must contain a resolved place of the article
 */
public record ArticleQuery(
    Optional<String> text,
    List<String> persons,
    List<String> places,
    List<String> orgs,
    Optional<String> source,
    Optional<Instant> publishedFrom,
    Optional<Instant> publishedTo,
    List<String> within,
    List<GeoCircle> near,
    List<GeoBox> boxes) {

  /**
   * Validates the query.
   *
   * @throws QuerySyntaxException if {@code text} is not a valid query-language expression
   * @throws IllegalArgumentException if {@code publishedTo} is before {@code publishedFrom} or a
   *     filter is blank
   */
  public ArticleQuery {
    text = checkNotNull(text, "text").filter(t -> !t.isBlank());
    persons = checkFilters(persons, "person");
    places = checkFilters(places, "place");
    orgs = checkFilters(orgs, "org");
    source = checkNotNull(source, "source").filter(s -> !s.isBlank());
    checkNotNull(publishedFrom, "publishedFrom");
    checkNotNull(publishedTo, "publishedTo");
    if (publishedFrom.isPresent() && publishedTo.isPresent()) {
      checkArgument(
          !publishedTo.get().isBefore(publishedFrom.get()),
          "published range ends (%s) before it starts (%s)",
          publishedTo.get(),
          publishedFrom.get());
    }
    within = checkFilters(within, "within");
    near = ImmutableList.copyOf(checkNotNull(near, "near"));
    boxes = ImmutableList.copyOf(checkNotNull(boxes, "boxes"));
    text.ifPresent(QueryParser::parse);
  }

  /**
   * A query without geographic filters.
   *
   * @throws QuerySyntaxException if {@code text} is not a valid query-language expression
   * @throws IllegalArgumentException if {@code publishedTo} is before {@code publishedFrom} or a
   *     filter is blank
   */
  public ArticleQuery(
      Optional<String> text,
      List<String> persons,
      List<String> places,
      List<String> orgs,
      Optional<String> source,
      Optional<Instant> publishedFrom,
      Optional<Instant> publishedTo) {
    this(text, persons, places, orgs, source, publishedFrom, publishedTo,
        List.of(), List.of(), List.of());
  }

  private static List<String> checkFilters(List<String> values, String what) {
    for (String v : checkNotNull(values, what)) {
      checkNotNull(v, "%s filter", what);
      checkArgument(!v.isBlank(), "%s filter must not be blank", what);
    }
    return ImmutableList.copyOf(values);
  }

  /**
   * Parses a query-language expression.
   *
   * @throws QuerySyntaxException if {@code query} is blank or not valid, naming the problem and
   *     its position
   */
  public static ArticleQuery parse(String query) {
    checkNotNull(query, "query");
    if (query.isBlank()) {
      throw new QuerySyntaxException("empty query at position 0", query, 0);
    }
    return builder().text(query).build();
  }

  /** The query with no part at all: it matches every article. */
  public static ArticleQuery all() {
    return builder().build();
  }

  /**
   * Parses a query-language expression, or returns {@link #all()} if it is null or blank.
   *
   * @throws QuerySyntaxException if {@code query} is not valid, naming the problem and its position
   */
  public static ArticleQuery parseOrAll(String query) {
    return query == null || query.isBlank() ? all() : parse(query);
  }

  /** A builder for an empty query (one that matches every article until a part is set). */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this query has no part at all, and so matches every article. */
  public boolean matchesAll() {
    return text.isEmpty()
        && persons.isEmpty()
        && places.isEmpty()
        && orgs.isEmpty()
        && source.isEmpty()
        && publishedFrom.isEmpty()
        && publishedTo.isEmpty()
        && within.isEmpty()
        && near.isEmpty()
        && boxes.isEmpty();
  }

  /** The entity filters of {@code type}. */
  public List<String> entities(EntityType type) {
    return switch (checkNotNull(type, "type")) {
      case PERSON -> persons;
      case LOCATION -> places;
      case ORGANIZATION -> orgs;
    };
  }

  /** Builds {@link ArticleQuery} instances; every setter returns the builder. */
  public static final class Builder {
    private String text;
    private final ImmutableList.Builder<String> persons = ImmutableList.builder();
    private final ImmutableList.Builder<String> places = ImmutableList.builder();
    private final ImmutableList.Builder<String> orgs = ImmutableList.builder();
    private String source;
    private Instant from;
    private Instant to;
    private final ImmutableList.Builder<String> within = ImmutableList.builder();
    private final ImmutableList.Builder<GeoCircle> near = ImmutableList.builder();
    private final ImmutableList.Builder<GeoBox> boxes = ImmutableList.builder();

    private Builder() {}

    /**
     * Adds a "within" filter: articles with a resolved place that is {@code place} or lies inside
     * it. {@code place} is a place id ({@code "country:UA"}, {@code "admin1:US.TX"}, {@code
     * "geonames:703448"}) or the name of a resolved place the index knows ({@code "Ukraine"}: the
     * place the index most often gives that name); searching with a name the index does not know
     * throws {@link IllegalArgumentException}.
     */
    public Builder within(String place) {
      within.add(checkNotNull(place, "within"));
      return this;
    }

    /**
     * Adds a radius filter: articles with a resolved place at most {@code km} kilometres from
     * ({@code latitude}, {@code longitude}).
     *
     * @throws IllegalArgumentException if a coordinate is out of range or {@code km} not positive
     */
    public Builder near(double latitude, double longitude, double km) {
      near.add(new GeoCircle(latitude, longitude, km));
      return this;
    }

    /**
     * Adds a bounding-box filter: articles with a resolved place inside the rectangle.
     *
     * @throws IllegalArgumentException if a coordinate is out of range or the latitudes reversed
     */
    public Builder inBox(
        double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
      boxes.add(new GeoBox(minLatitude, maxLatitude, minLongitude, maxLongitude));
      return this;
    }

    /** Sets the query-language expression (null or blank: none). */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Adds a person filter; see {@link ArticleQuery} for how it matches. */
    public Builder person(String name) {
      persons.add(checkNotNull(name, "person"));
      return this;
    }

    /** Adds a place filter; see {@link ArticleQuery} for how it matches. */
    public Builder place(String name) {
      places.add(checkNotNull(name, "place"));
      return this;
    }

    /** Adds an organization filter; see {@link ArticleQuery} for how it matches. */
    public Builder org(String name) {
      orgs.add(checkNotNull(name, "org"));
      return this;
    }

    /** Adds a filter for an entity of {@code type}; same as {@link #person}, {@link #place}, {@link #org}. */
    public Builder entity(EntityType type, String name) {
      return switch (checkNotNull(type, "type")) {
        case PERSON -> person(name);
        case LOCATION -> place(name);
        case ORGANIZATION -> org(name);
      };
    }

    /** Sets the source filter, such as "CBC News" (null: none). */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Restricts publication to {@code [from, to]}, inclusive; either may be null for an open end. */
    public Builder publishedBetween(Instant from, Instant to) {
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * Builds the query.
     *
     * @throws QuerySyntaxException if the text is not a valid expression
     * @throws IllegalArgumentException if the date range is reversed or a filter is blank
     */
    public ArticleQuery build() {
      return new ArticleQuery(
          Optional.ofNullable(text),
          persons.build(),
          places.build(),
          orgs.build(),
          Optional.ofNullable(source),
          Optional.ofNullable(from),
          Optional.ofNullable(to),
          within.build(),
          near.build(),
          boxes.build());
    }
  }
}
