package io.github.dossier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The gazetteer place a location {@link Entity} was resolved to: where on the map it is and what
 * contains it.
 *
 * <p>Core knows no gazetteer; a tagger that resolves places (such as the one in {@code
 * dossier-analyzers}) fills this record, and the index files the article under the place's {@code
 * id}, its {@code enclosing} ids (for "within" queries), its name and aliases (for {@code place:}
 * queries) and its point (for radius and bounding-box queries).
 *
 * @param id the stable place id: {@code "geonames:703448"} for a place with a GeoNames id, {@code
 *     "country:UA"} for a country, {@code "admin1:US.TX"} for a first-level division
 * @param geonameId the GeoNames id, if the place has one
 * @param name the canonical name ("Kyiv", "United States")
 * @param featureClass what kind of place it is, in the gazetteer's words ({@code COUNTRY}, {@code
 *     FIRST_LEVEL_DIVISION}, {@code POPULATED_PLACE})
 * @param countryCode the ISO 3166-1 alpha-2 code of the place's country
 * @param divisionCode the GeoNames code of its first-level division ({@code "US.TX"}), if known
 * @param divisionName the name of its first-level division ("Texas"), if known
 * @param latitude WGS84 latitude in degrees
 * @param longitude WGS84 longitude in degrees
 * @param enclosing ids of the places that contain this one, innermost first ({@code
 *     "admin1:UA.12", "country:UA"}); never the place's own id
 * @param aliases other names of the place ("Kiev"), without the canonical name
 */
public record GeoPlace(
    String id,
    OptionalLong geonameId,
    String name,
    String featureClass,
    String countryCode,
    Optional<String> divisionCode,
    Optional<String> divisionName,
    double latitude,
    double longitude,
    List<String> enclosing,
    List<String> aliases) {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException if a string is blank, the country code is not two letters,
   *     a coordinate is out of range, or {@code enclosing} contains the place's own id
   */
  public GeoPlace {
    checkNotNull(id, "id");
    checkNotNull(geonameId, "geonameId");
    checkNotNull(name, "name");
    checkNotNull(featureClass, "featureClass");
    checkNotNull(countryCode, "countryCode");
    checkNotNull(divisionCode, "divisionCode");
    checkNotNull(divisionName, "divisionName");
    checkArgument(!id.isBlank(), "place id must not be blank");
    checkArgument(!name.isBlank(), "place %s has a blank name", id);
    checkArgument(!featureClass.isBlank(), "place %s has a blank feature class", id);
    checkArgument(
        countryCode.length() == 2, "place %s: country code must have two letters, got '%s'",
        id, countryCode);
    checkArgument(
        latitude >= -90 && latitude <= 90, "place %s: latitude %s out of range [-90, 90]",
        id, latitude);
    checkArgument(
        longitude >= -180 && longitude <= 180, "place %s: longitude %s out of range [-180, 180]",
        id, longitude);
    enclosing = ImmutableList.copyOf(enclosing);
    aliases = ImmutableList.copyOf(aliases);
    checkArgument(!enclosing.contains(id), "place %s lists itself among its enclosing places", id);
  }

  /** The place's own id followed by its enclosing ids: every id an article about it is filed under. */
  public List<String> selfAndEnclosing() {
    return ImmutableList.<String>builderWithExpectedSize(enclosing.size() + 1)
        .add(id)
        .addAll(enclosing)
        .build();
  }
}
