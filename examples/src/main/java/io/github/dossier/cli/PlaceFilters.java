package io.github.dossier.cli;

import io.github.dossier.analyzers.geo.Gazetteer;
import io.github.dossier.analyzers.geo.Place;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code --within PLACE} and {@code --near LAT,LON,KM} options of {@code search} and {@code
 * entities}, turned into query-language clauses ({@code within:"country:UA"}, {@code
 * near:(50.45,30.52,25km)}).
 */
final class PlaceFilters {
  private static final Pattern PLACE_ID = Pattern.compile("(geonames|country|admin1):\\S+");

  private PlaceFilters() {}

  /**
   * The place id {@code place} names: itself if it is an id ({@code country:UA}, {@code
   * admin1:US.TX}, {@code geonames:703448}); otherwise the most prominent place of that name in
   * the gazetteer (countries before first-level divisions before populated places, then most
   * populous), saying on {@code err} which one was chosen when the name is ambiguous.
   *
   * @throws IllegalArgumentException if the gazetteer knows no place of that name
   */
  static String placeId(String place, Gazetteer gazetteer, PrintWriter err) {
    String name = place.trim();
    if (PLACE_ID.matcher(name).matches()) {
      return name;
    }
    List<Place> candidates = gazetteer.lookup(name);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("--within: no place named '" + name
          + "' in the gazetteer; give a place name or an id such as country:UA or admin1:US.TX");
    }
    Place chosen = candidates.get(0);
    if (candidates.size() > 1) {
      err.printf("--within: '%s' may be %d places; using %s (%s). Others: %s%n", name,
          candidates.size(), describe(chosen), chosen.id(),
          String.join("; ", candidates.stream().skip(1).limit(4)
              .map(p -> describe(p) + " (" + p.id() + ")").toList()));
      err.flush();
    }
    return chosen.id();
  }

  private static String describe(Place p) {
    StringBuilder s = new StringBuilder(p.name());
    p.firstLevelDivision().filter(d -> !d.name().equals(p.name()))
        .ifPresent(d -> s.append(", ").append(d.name()));
    if (!p.id().startsWith("country:")) {
      s.append(", ").append(p.countryCode());
    }
    return s.toString();
  }

  /** The {@code within:} clause of a place id. */
  static String withinClause(String placeId) {
    return "within:\"" + placeId + "\"";
  }

  /**
   * The {@code near:} clause of {@code LAT,LON,KM} (the radius may end in {@code km}).
   *
   * @throws IllegalArgumentException if the value is not three numbers
   */
  static String nearClause(String near) {
    String[] parts = near.split(",");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "--near needs LAT,LON,KM such as 50.45,30.52,25; got '" + near + "'");
    }
    double[] numbers = new double[3];
    for (int i = 0; i < 3; i++) {
      String part = parts[i].trim().toLowerCase(Locale.ROOT);
      if (i == 2 && part.endsWith("km")) {
        part = part.substring(0, part.length() - 2).trim();
      }
      try {
        numbers[i] = Double.parseDouble(part);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--near needs LAT,LON,KM such as 50.45,30.52,25; '" + parts[i].trim()
                + "' is not a number");
      }
    }
    return "near:(" + numbers[0] + "," + numbers[1] + "," + numbers[2] + "km)";
  }

  /**
   * {@code query} (may be null or blank) with the clauses of the {@code --within} and {@code
   * --near} options ANDed to it; null if there is neither a query nor an option.
   */
  static String restrict(String query, String within, String near, PrintWriter err) {
    StringBuilder clauses = new StringBuilder();
    if (within != null) {
      clauses.append(withinClause(placeId(within, Gazetteer.getDefault(), err)));
    }
    if (near != null) {
      clauses.append(clauses.length() > 0 ? " " : "").append(nearClause(near));
    }
    boolean hasQuery = query != null && !query.isBlank();
    if (clauses.length() == 0) {
      return hasQuery ? query : null;
    }
    return hasQuery ? "(" + query + ") " + clauses : clauses.toString();
  }
}
