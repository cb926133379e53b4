package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A profile of one entity across the index, as returned by {@link ArticleIndex#profile}.
 *
 * @param type the entity type
 * @param key the key identifying the entity across articles (a place id for resolved places)
 * @param name the display name most articles use for it
 * @param articles in how many articles the entity is named
 * @param mentions how many times in total all articles name it
 * @param aliases every form the articles use for it, with how many times, most frequent first
 * @param firstSeen the earliest publication instant of an article naming it, if any is dated
 * @param lastSeen the latest publication instant of an article naming it, if any is dated
 * @param place the gazetteer place, for a resolved place
 * @param descriptors the titles and roles the articles write right before a mention ("German
 *     Chancellor", "Kremlin spokesperson"), with how many times, most frequent first
 */
public record EntityProfile(
    EntityType type,
    String key,
    String name,
    long articles,
    long mentions,
    Map<String, Long> aliases,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    Optional<GeoPlace> place,
    Map<String, Long> descriptors) {

  /** Checks that no component is null and copies maps to immutable ones, keeping their order. */
  public EntityProfile {
    checkNotNull(type, "type");
    checkNotNull(key, "key");
    checkNotNull(name, "name");
    aliases = ImmutableMap.copyOf(aliases);
    checkNotNull(firstSeen, "firstSeen");
    checkNotNull(lastSeen, "lastSeen");
    checkNotNull(place, "place");
    descriptors = ImmutableMap.copyOf(descriptors);
  }

  /** The type and key identifying this entity across articles. */
  public EntityId id() {
    return new EntityId(type, key);
  }
}
