package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One matching article of a search.
 *
 * <p>{@code snippet} is a passage of the body around the best matches, with each matched word
 * wrapped in guillemets: {@code "…agreed to «security» «guarantees» for Kyiv…"} (see {@link
 * #HIGHLIGHT_START}, {@link #HIGHLIGHT_END}). When the query has no free-text part, or the text
 * matched only the title, the snippet is the start of the body (about 200 characters, cut at a
 * word boundary and ended with "…" when cut).
 *
 * @param id the article id
 * @param title the article title, possibly empty
 * @param score the relevance score (higher is better; only comparable within one search)
 * @param published the publication instant, if known
 * @param source the source, such as "CBC News", if known
 * @param url the article URL, if known
 * @param snippet a short passage of the body, with matches marked
 * @param entities the article's entities, most mentioned first
 */
public record Hit(
    String id,
    String title,
    float score,
    Optional<Instant> published,
    Optional<String> source,
    Optional<String> url,
    String snippet,
    List<EntitySummary> entities) {

  /** Marks the start of a matched word in {@link #snippet()}. */
  public static final String HIGHLIGHT_START = "«";

  /** Marks the end of a matched word in {@link #snippet()}. */
  public static final String HIGHLIGHT_END = "»";

  /** Checks that no component is null and copies collections to immutable ones. */
  public Hit {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(published, "published");
    checkNotNull(source, "source");
    checkNotNull(url, "url");
    checkNotNull(snippet, "snippet");
    entities = ImmutableList.copyOf(entities);
  }
}
