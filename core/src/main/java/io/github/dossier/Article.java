package io.github.dossier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * A news article: the unit Dossier indexes.
 *
 * <p>Only {@code id} and {@code body} are required; the title may be empty. Dates are instants
 * (UTC); a date without a time is the start of that day in UTC. {@code metadata} holds any further
 * string fields a source provides; they are stored with the article.
 *
 * <pre>{@code
 * Article article = Article.builder("cbc-1", "The U.S. has agreed ...")
 *     .title("U.S. offers security guarantees to Kyiv")
 *     .source("CBC News")
 *     .published(LocalDate.of(2025, 12, 15))
 *     .build();
 * }</pre>
 */
public record Article(
    String id,
    String title,
    String body,
    Optional<String> source,
    Optional<String> url,
    Optional<Instant> published,
    Map<String, String> metadata) {

  public Article {
    checkNotNull(id, "article id");
    checkArgument(!id.isBlank(), "article id must not be blank");
    checkNotNull(body, "body of article %s", id);
    checkArgument(!body.isBlank(), "article %s has an empty body", id);
    title = title == null ? "" : title;
    source = checkNotNull(source, "source").filter(s -> !s.isBlank());
    url = checkNotNull(url, "url").filter(s -> !s.isBlank());
    checkNotNull(published, "published");
    metadata = ImmutableMap.copyOf(checkNotNull(metadata, "metadata"));
  }

  /** A builder for an article with this id and body. */
  public static Builder builder(String id, String body) {
    return new Builder(id, body);
  }

  /** A builder that starts as a copy of this article. */
  public Builder toBuilder() {
    Builder b = new Builder(id, body).title(title).metadata(metadata);
    source.ifPresent(b::source);
    url.ifPresent(b::url);
    published.ifPresent(b::published);
    return b;
  }

  /** Builds {@link Article}s; every setter returns the builder. */
  public static final class Builder {
    private String id;
    private String body;
    private String title = "";
    private String source;
    private String url;
    private Instant published;
    private final ImmutableMap.Builder<String, String> metadata = ImmutableMap.builder();

    private Builder(String id, String body) {
      this.id = id;
      this.body = body;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder body(String body) {
      this.body = body;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder published(Instant published) {
      this.published = published;
      return this;
    }

    /** Sets the publication date as the start of {@code date} in UTC. */
    public Builder published(LocalDate date) {
      this.published = date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
      return this;
    }

    public Builder metadata(String key, String value) {
      metadata.put(key, value);
      return this;
    }

    public Builder metadata(Map<String, String> values) {
      metadata.putAll(values);
      return this;
    }

    /**
     * Builds the article.
     *
     * @throws IllegalArgumentException if the id or body is blank, naming the article
     */
    public Article build() {
      return new Article(
          id,
          title,
          body,
          Optional.ofNullable(source),
          Optional.ofNullable(url),
          Optional.ofNullable(published),
          metadata.buildKeepingLast());
    }
  }
}
