package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.dossier.EntityType;
import java.util.Map;

/**
 * Everything the index knows about one entity, as returned by {@link ArticleIndex#entity}.
 *
 * @param type the entity type
 * @param key the normalized key identifying the entity across articles
 * @param name the display name most articles use for it
 * @param articles in how many articles the entity is named
 * @param mentions how many times in total all articles name it
 * @param forms every form the articles use for it ("Volodymyr Zelenskyy", "Zelenskyy") with how
 *     many times it is used, most frequent first (ties by form); iteration order is that order
 */
public record EntityInfo(
    EntityType type, String key, String name, long articles, long mentions, Map<String, Long> forms) {
  /** Checks that no component is null and copies collections to immutable ones. */
  public EntityInfo {
    checkNotNull(type, "type");
    checkNotNull(key, "key");
    checkNotNull(name, "name");
    forms = ImmutableMap.copyOf(forms);
  }

  /** The type and key identifying this entity across articles. */
  public EntityId id() {
    return new EntityId(type, key);
  }
}
