package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The timeline of one entity: its articles and mentions per date bucket.
 *
 * @param entity the entity
 * @param name its display name: the name most of the counted articles give it (the key if no
 *     article names it)
 * @param articles how many counted articles name it, over all buckets
 * @param mentions how many times in all those articles name it
 * @param points one point per bucket of the {@link Timeline}, oldest first, zero-filled
 */
public record TimelineSeries(
    EntityId entity, String name, long articles, long mentions, List<TimelinePoint> points) {
  /** Checks that no component is null and copies the points to an immutable list. */
  public TimelineSeries {
    checkNotNull(entity, "entity");
    checkNotNull(name, "name");
    points = ImmutableList.copyOf(points);
  }
}
