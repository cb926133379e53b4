package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.EntityType;

/**
 * Identifies an entity across articles: its type and its normalized key (such as {@code PERSON,
 * "volodymyr zelenskyy"}). Get one from {@link EntityInfo#id()} (after looking a name up with
 * {@link ArticleIndex#entity}) or {@link EntityCount#id()}.
 *
 * @param type the entity type
 * @param key the normalized key, as in {@link io.github.dossier.Entity#key()}
 */
public record EntityId(EntityType type, String key) {
  /** Checks that no component is null and the key is not blank. */
  public EntityId {
    checkNotNull(type, "type");
    checkNotNull(key, "key");
    checkArgument(!key.isBlank(), "entity key must not be blank");
  }

  /** {@code person:volodymyr zelenskyy}: the type's query field name, a colon and the key. */
  @Override
  public String toString() {
    return type.field() + ":" + key;
  }
}
