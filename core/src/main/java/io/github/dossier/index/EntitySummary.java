package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.EntityType;

/**
 * An entity of one article, as listed in a {@link Hit}.
 *
 * @param type the entity type
 * @param key the normalized key identifying the entity across articles
 * @param name the display name used in this article
 * @param mentions how many times this article names the entity
 */
public record EntitySummary(EntityType type, String key, String name, int mentions) {
  /** Checks that no component is null and copies collections to immutable ones. */
  public EntitySummary {
    checkNotNull(type, "type");
    checkNotNull(key, "key");
    checkNotNull(name, "name");
  }
}
