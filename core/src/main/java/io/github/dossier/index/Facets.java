package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dossier.EntityType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Summary counts over the articles matching a query, as returned by {@link ArticleIndex#facets}.
 * Entity counts give both the number of articles naming the entity and the number of mentions in
 * them; source and date counts are numbers of articles.
 *
 * @param articles how many articles match the query
 * @param entities for each entity type, the entities named in the most matching articles, as
 *     {@link ArticleIndex#topEntities} ranks them
 * @param sources the sources of the most matching articles, most articles first (ties by source);
 *     articles without a source are not counted
 * @param interval the width of the date buckets
 * @param dates matching articles per bucket, oldest first, every bucket from the first to the last
 *     (zero-filled); empty if no matching article has a date and no range was given
 * @param undated how many matching articles have no publication date
 */
public record Facets(
    long articles,
    Map<EntityType, List<EntityCount>> entities,
    List<SourceCount> sources,
    DateInterval interval,
    List<DateCount> dates,
    long undated) {

  /** Checks the counts and copies collections to immutable ones (entities in type order). */
  public Facets {
    checkArgument(articles >= 0, "articles must be >= 0, got %s", articles);
    checkArgument(undated >= 0, "undated must be >= 0, got %s", undated);
    checkNotNull(interval, "interval");
    EnumMap<EntityType, List<EntityCount>> copy = new EnumMap<>(EntityType.class);
    checkNotNull(entities, "entities").forEach((t, l) -> copy.put(t, ImmutableList.copyOf(l)));
    entities = Collections.unmodifiableMap(copy);
    sources = ImmutableList.copyOf(sources);
    dates = ImmutableList.copyOf(dates);
  }

  /** The top entities of {@code type}; empty if none was counted. */
  public List<EntityCount> entities(EntityType type) {
    return entities.getOrDefault(checkNotNull(type, "type"), List.of());
  }
}
