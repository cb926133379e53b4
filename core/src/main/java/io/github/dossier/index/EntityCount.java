package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.EntityType;

/**
 * How often an entity occurs in a set of articles, as returned by {@link
 * ArticleIndex#topEntities}.
 *
 * @param type the entity type
 * @param key the normalized key identifying the entity across articles
 * @param name the display name most articles use for it
 * @param articles in how many of the articles the entity is named
 * @param mentions how many times in total those articles name it
 */
public record EntityCount(EntityType type, String key, String name, long articles, long mentions) {
  /** Checks that no component is null and copies collections to immutable ones. */
  public EntityCount {
    checkNotNull(type, "type");
    checkNotNull(key, "key");
    checkNotNull(name, "name");
  }

  /** The type and key identifying this entity across articles. */
  public EntityId id() {
    return new EntityId(type, key);
  }
}
