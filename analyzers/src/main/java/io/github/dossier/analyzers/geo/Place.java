package io.github.dossier.analyzers.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entry of the place {@link Gazetteer}: a country, first-level division or populated place.
 *
 * @param id the stable identifier of the entry: {@code "geonames:703448"} for places with a
 *     GeoNames id, {@code "country:UA"} for countries and {@code "admin1:US.TX"} for first-level
 *     divisions (the source files give neither a GeoNames id)
 * @param geonameId the GeoNames id, when the sources give one (populated places)
 * @param name the canonical name: the current GeoNames name for populated places ("Bakhmut",
 *     "Kyiv"), the common English name for countries ("United States")
 * @param featureClass whether this is a country, first-level division or populated place
 * @param featureCode the GeoNames feature code ({@code PPLC} for a capital, {@code PPLA} for the
 *     seat of a first-level division, {@code PPL} …; {@code PCL} for countries and {@code ADM1} for
 *     first-level divisions)
 * @param countryCode the ISO 3166-1 alpha-2 code of the country the place belongs to
 * @param firstLevelDivision the first-level division the place lies in; for a division, itself;
 *     empty for countries and for places whose division is unknown
 * @param latitude WGS84 latitude in degrees: the GeoNames point of a populated place, the seat (or
 *     mean of the populated places) of a division, the centre given by the country list
 * @param longitude WGS84 longitude in degrees, as for {@code latitude}
 * @param population inhabitants as given by GeoNames (2013) for populated places; for divisions
 *     the sum over their places of at least 1,000 inhabitants (an estimate); 0 when unknown
 * @param aliases other names of the place, old names first ("Artemivsk" for Bakhmut, "Kiev" for
 *     Kyiv), then abbreviations and alternate spellings (Latin script only)
 */
public record Place(
    String id,
    OptionalLong geonameId,
    String name,
    FeatureClass featureClass,
    String featureCode,
    String countryCode,
    Optional<FirstLevelDivision> firstLevelDivision,
    double latitude,
    double longitude,
    long population,
    List<String> aliases) {

  /** Checks every field and makes the alias list immutable. */
  public Place {
    checkNotNull(id, "id");
    checkNotNull(geonameId, "geonameId");
    checkNotNull(name, "name");
    checkNotNull(featureClass, "featureClass");
    checkNotNull(featureCode, "featureCode");
    checkNotNull(countryCode, "countryCode");
    checkNotNull(firstLevelDivision, "firstLevelDivision");
    checkArgument(!name.isBlank(), "place %s has a blank name", id);
    checkArgument(
        countryCode.length() == 2, "place %s: country code must have two letters, got '%s'",
        id, countryCode);
    checkArgument(
        latitude >= -90 && latitude <= 90, "place %s: latitude %s out of range", id, latitude);
    checkArgument(
        longitude >= -180 && longitude <= 180, "place %s: longitude %s out of range",
        id, longitude);
    checkArgument(population >= 0, "place %s: negative population %s", id, population);
    aliases = ImmutableList.copyOf(aliases);
  }

  /** Whether this is a national capital (GeoNames feature code {@code PPLC}). */
  public boolean isCapital() {
    return featureCode.equals("PPLC");
  }
}
