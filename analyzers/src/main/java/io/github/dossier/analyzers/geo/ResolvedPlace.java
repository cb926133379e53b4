package io.github.dossier.analyzers.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A place mention resolved to a gazetteer {@link Place}.
 *
 * @param mention the mention text as given to the resolver
 * @param place the place the mention most likely refers to
 * @param confidence how sure the resolver is, in (0, 1]: 1 when the name has one candidate, about
 *     0.5 when the best two candidates scored alike
 */
public record ResolvedPlace(String mention, Place place, double confidence) {

  /** Checks the fields. */
  public ResolvedPlace {
    checkNotNull(mention, "mention");
    checkNotNull(place, "place");
    checkArgument(confidence > 0 && confidence <= 1, "confidence %s not in (0, 1]", confidence);
  }

  /** The GeoNames id of the place, when known (populated places). */
  public OptionalLong geonameId() {
    return place.geonameId();
  }

  /** The canonical name of the place ("Kyiv" for a mention "Kiev"). */
  public String canonicalName() {
    return place.name();
  }

  /** The ISO 3166-1 alpha-2 code of the place's country. */
  public String countryCode() {
    return place.countryCode();
  }

  /** The first-level division the place lies in (itself for a division). */
  public Optional<FirstLevelDivision> firstLevelDivision() {
    return place.firstLevelDivision();
  }

  /** Latitude in degrees (WGS84). */
  public double latitude() {
    return place.latitude();
  }

  /** Longitude in degrees (WGS84). */
  public double longitude() {
    return place.longitude();
  }

  /** Whether the place is a country, first-level division or populated place. */
  public FeatureClass featureClass() {
    return place.featureClass();
  }

  /** The population of the place, 0 when unknown. */
  public long population() {
    return place.population();
  }

  /** The other names of the place. */
  public List<String> aliases() {
    return place.aliases();
  }
}
