package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A latitude/longitude rectangle: articles with a resolved place inside it match {@link
 * ArticleQuery.Builder#inBox}. A box whose {@code minLongitude} is greater than its {@code
 * maxLongitude} crosses the antimeridian.
 *
 * @param minLatitude southern edge, degrees
 * @param maxLatitude northern edge, degrees
 * @param minLongitude western edge, degrees
 * @param maxLongitude eastern edge, degrees
 */
public record GeoBox(
    double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a coordinate is out of range or the southern edge lies
   *     north of the northern one
   */
  public GeoBox {
    checkArgument(minLatitude >= -90 && minLatitude <= 90,
        "minimum latitude %s out of range [-90, 90]", minLatitude);
    checkArgument(maxLatitude >= -90 && maxLatitude <= 90,
        "maximum latitude %s out of range [-90, 90]", maxLatitude);
    checkArgument(minLongitude >= -180 && minLongitude <= 180,
        "minimum longitude %s out of range [-180, 180]", minLongitude);
    checkArgument(maxLongitude >= -180 && maxLongitude <= 180,
        "maximum longitude %s out of range [-180, 180]", maxLongitude);
    checkArgument(minLatitude <= maxLatitude,
        "box's minimum latitude %s is north of its maximum latitude %s", minLatitude, maxLatitude);
  }
}
