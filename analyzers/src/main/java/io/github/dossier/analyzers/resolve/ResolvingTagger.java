package io.github.dossier.analyzers.resolve;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dossier.Entity;
import io.github.dossier.EntityTagger;
import io.github.dossier.EntityType;
import io.github.dossier.GeoPlace;
import io.github.dossier.Mention;
import io.github.dossier.NameNormalizer;
import io.github.dossier.TaggedText;
import io.github.dossier.analyzers.geo.Gazetteer;
import io.github.dossier.analyzers.geo.Place;
import io.github.dossier.analyzers.geo.PlaceResolver;
import io.github.dossier.analyzers.geo.ResolvedPlace;
import io.github.dossier.analyzers.names.NameVariants;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link EntityTagger} that tags with another tagger and then gives every entity its canonical
 * key: the place id for places the gazetteer resolves, the {@link NameVariants} match key for
 * everything else. See {@link io.github.dossier.analyzers.resolve the package documentation}.
 *
 * <pre>{@code
 * EntityTagger tagger = ResolvingTagger.wrap(EnglishEntityTagger.create());
 * ArticleIndex index = ArticleIndex.open(dir, tagger);
 * }</pre>
 *
 * <p>Thread-safe if the wrapped tagger is.
 */
public final class ResolvingTagger implements EntityTagger {
  private final EntityTagger tagger;
  private final PlaceResolver resolver;
  private final NameVariants variants;

  private ResolvingTagger(EntityTagger tagger, PlaceResolver resolver, NameVariants variants) {
    this.tagger = tagger;
    this.resolver = resolver;
    this.variants = variants;
  }

  /**
   * Wraps {@code tagger} with the shipped gazetteer ({@link PlaceResolver#getDefault()}) and the
   * {@link NameVariants#standard() standard} name variants.
   *
   * @throws IllegalStateException if the gazetteer resource is missing from the class path
   */
  public static ResolvingTagger wrap(EntityTagger tagger) {
    return wrap(tagger, PlaceResolver.getDefault(), NameVariants.standard());
  }

  /** Wraps {@code tagger} with the given place resolver and name variants. */
  public static ResolvingTagger wrap(
      EntityTagger tagger, PlaceResolver resolver, NameVariants variants) {
    return new ResolvingTagger(
        checkNotNull(tagger, "tagger"),
        checkNotNull(resolver, "resolver"),
        checkNotNull(variants, "variants"));
  }

  /** The gazetteer places are resolved with. */
  public Gazetteer gazetteer() {
    return resolver.gazetteer();
  }

  @Override
  public TaggedText tag(String text) {
    checkNotNull(text, "text");
    return resolve(text, tagger.tag(text));
  }

  /**
   * Gives the entities of {@code tagged}, found in {@code text}, their canonical keys and places,
   * merging entities of one type that end up with one key (mentions in text order; the name of
   * the first). Sentences are unchanged.
   *
   * @throws IllegalArgumentException if a sentence of {@code tagged} lies outside {@code text}
   */
  public TaggedText resolve(String text, TaggedText tagged) {
    checkNotNull(text, "text");
    checkNotNull(tagged, "tagged");
    Map<String, ResolvedPlace> places = resolver.resolveEntities(text, tagged);
    Map<String, Entity> byKey = new LinkedHashMap<>();
    for (Entity entity : tagged.entities()) {
      Entity resolved = canonical(entity, places);
      byKey.merge(resolved.type() + "\u0000" + resolved.key(), resolved, ResolvingTagger::merge);
    }
    return new TaggedText(tagged.sentences(), ImmutableList.copyOf(byKey.values()));
  }

  private Entity canonical(Entity entity, Map<String, ResolvedPlace> places) {
    if (entity.type() == EntityType.LOCATION) {
      ResolvedPlace place = places.get(entity.key());
      if (place != null) {
        return entity.withPlace(toGeoPlace(place.place(), resolver.gazetteer()));
      }
    }
    String key = variants.matchKey(entity.name(), entity.type());
    if (key.isEmpty()) {
      key = NameNormalizer.normalize(entity.name());
    }
    return key.isEmpty() || key.equals(entity.key()) ? entity : entity.withKey(key);
  }

  private static Entity merge(Entity first, Entity second) {
    List<Mention> mentions = new ArrayList<>(first.mentions());
    mentions.addAll(second.mentions());
    mentions.sort(Comparator.comparingInt(Mention::start));
    return new Entity(first.key(), first.name(), first.type(), mentions,
        first.place().or(second::place));
  }

  /**
   * The core form of a gazetteer place: its id, GeoNames id, canonical name, feature class,
   * country, first-level division, point, the ids of the places that contain it ({@link
   * Gazetteer#enclosing}) and its aliases.
   */
  public static GeoPlace toGeoPlace(Place place, Gazetteer gazetteer) {
    checkNotNull(place, "place");
    checkNotNull(gazetteer, "gazetteer");
    List<String> enclosing = gazetteer.enclosing(place).stream()
        .map(Place::id)
        .filter(id -> !id.equals(place.id()))
        .toList();
    Optional<String> divisionCode = place.firstLevelDivision().map(d -> d.code());
    Optional<String> divisionName = place.firstLevelDivision().map(d -> d.name());
    List<String> aliases = place.aliases().stream()
        .filter(alias -> !alias.isBlank() && !alias.equals(place.name()))
        .distinct()
        .toList();
    return new GeoPlace(place.id(), place.geonameId(), place.name(), place.featureClass().name(),
        place.countryCode(), divisionCode, divisionName, place.latitude(), place.longitude(),
        enclosing, aliases);
  }
}
