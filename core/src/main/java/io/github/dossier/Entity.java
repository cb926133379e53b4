package io.github.dossier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.util.List;
import java.util.Optional;

/**
 * A named entity of one text: a person, place or organization with all the places where that
 * text names it.
 *
 * <p>{@code key} identifies the entity across articles (a normalized form of its canonical name,
 * such as {@code "volodymyr zelenskyy"}); {@code name} is its display name ("Volodymyr
 * Zelenskyy"). Within one text, every short or variant form ("Zelenskyy") is a mention of the
 * entity with the fullest name, so one mention never belongs to two entities.
 *
 * <p>A location may carry the gazetteer {@link GeoPlace place} it was resolved to; its key is
 * then usually the place id ({@code "geonames:4717560"}), so that Paris, France and Paris, Texas
 * stay two entities. Only {@link EntityType#LOCATION} entities may have a place.
 */
public record Entity(
    String key, String name, EntityType type, List<Mention> mentions, Optional<GeoPlace> place) {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException if the key or name is blank, or a non-location has a place
   */
  public Entity {
    checkNotNull(key, "key");
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkNotNull(place, "place");
    checkArgument(!key.isBlank(), "entity key must not be blank");
    checkArgument(!name.isBlank(), "entity name must not be blank");
    checkArgument(
        place.isEmpty() || type == EntityType.LOCATION,
        "entity %s is a %s; only locations have a place", key, type);
    mentions = ImmutableList.copyOf(mentions);
  }

  /** An entity without a resolved place. */
  public Entity(String key, String name, EntityType type, List<Mention> mentions) {
    this(key, name, type, mentions, Optional.empty());
  }

  /**
   * This entity resolved to {@code place}, keyed by the place id and named by its canonical name;
   * mentions unchanged.
   *
   * @throws IllegalArgumentException if this entity is not a location
   */
  public Entity withPlace(GeoPlace place) {
    checkNotNull(place, "place");
    return new Entity(place.id(), place.name(), type, mentions, Optional.of(place));
  }

  /** This entity with another key; name, mentions and place unchanged. */
  public Entity withKey(String key) {
    return new Entity(key, name, type, mentions, place);
  }

  /** How many times the text names this entity. */
  public int mentionCount() {
    return mentions.size();
  }

  /** The distinct forms the text uses for this entity, with how often each is used. */
  public ImmutableMultiset<String> forms() {
    return mentions.stream().map(Mention::text).collect(ImmutableMultiset.toImmutableMultiset());
  }
}
