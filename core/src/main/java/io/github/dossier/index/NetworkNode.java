package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An entity of a co-occurrence {@link Network}.
 *
 * @param entity the entity
 * @param name its display name
 * @param articles how many of the network's articles name it
 * @param mentions how many times in all those articles name it
 * @param occurrences in how many units (articles or sentences, per the network's level) it occurs
 */
public record NetworkNode(EntityId entity, String name, long articles, long mentions, long occurrences) {
  /** Checks that no component is null. */
  public NetworkNode {
    checkNotNull(entity, "entity");
    checkNotNull(name, "name");
  }
}
