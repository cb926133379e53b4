package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A circle on the map: articles with a resolved place inside it match {@link
 * ArticleQuery.Builder#near}.
 *
 * @param latitude WGS84 latitude of the centre, in degrees
 * @param longitude WGS84 longitude of the centre, in degrees
 * @param radiusKm the radius in kilometres, positive
 */
public record GeoCircle(double latitude, double longitude, double radiusKm) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a coordinate is out of range or the radius not positive
   */
  public GeoCircle {
    checkArgument(latitude >= -90 && latitude <= 90,
        "latitude %s out of range [-90, 90]", latitude);
    checkArgument(longitude >= -180 && longitude <= 180,
        "longitude %s out of range [-180, 180]", longitude);
    checkArgument(radiusKm > 0 && Double.isFinite(radiusKm),
        "radius must be a positive number of kilometres, got %s", radiusKm);
  }
}
