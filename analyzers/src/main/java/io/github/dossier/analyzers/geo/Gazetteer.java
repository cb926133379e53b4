package io.github.dossier.analyzers.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * An immutable, thread-safe index of places by name: countries, first-level divisions and
 * populated places, with their aliases, codes and containment.
 *
 * <p>The {@linkplain #getDefault() default gazetteer} is the compact resource {@code
 * places.tsv.gz} shipped in this package (built by {@link GazetteerBuilder} from GeoNames, the
 * mledoze country list and iso-codes; see the {@code README.md} next to it for the attribution each
 * source requires). Lookups ignore case, diacritics and punctuation ("Kyiv", "KYIV", "Kiev";
 * "St. Louis", "Saint-Louis"); abbreviations written in capitals are looked up as country codes
 * ("U.S.", "US", "USA", "U.K.", "UAE") and, when no country has them, as letter codes of
 * first-level divisions ("D.C.", "TX", "NSW").
 */
public final class Gazetteer {

  /** Class-path resource of the default gazetteer, relative to this class. */
  static final String RESOURCE = "places.tsv.gz";

  /** How a name matched a place: its canonical name, another main name, an alias, or a code. */
  enum MatchKind {
    CANONICAL, NAME, ALIAS, CODE
  }

  /** One place a name may refer to and how it matched. */
  record Match(Place place, MatchKind kind) {}

  private final ImmutableList<Place> places;
  private final Map<String, long[]> byNameKey;
  private final Map<String, int[]> byCode;
  private final Map<String, int[]> byDivisionCode;
  private final ImmutableMap<String, Place> byId;
  private final ImmutableMap<String, Set<String>> demonymCountries;
  private final ImmutableMap<String, String> subregions;
  private final ImmutableSet<String> worldRegionKeys;

  private Gazetteer(List<Place> places, Map<String, long[]> byNameKey, Map<String, int[]> byCode,
      Map<String, int[]> byDivisionCode, Map<String, Set<String>> demonymCountries,
      Map<String, String> subregions, ImmutableSet<String> worldRegionKeys) {
    this.places = ImmutableList.copyOf(places);
    this.byNameKey = byNameKey;
    this.byCode = byCode;
    this.byDivisionCode = byDivisionCode;
    ImmutableMap.Builder<String, Place> ids = ImmutableMap.builder();
    places.forEach(place -> ids.put(place.id(), place));
    this.byId = ids.buildOrThrow();
    ImmutableMap.Builder<String, Set<String>> demonyms = ImmutableMap.builder();
    demonymCountries.forEach((key, countries) -> demonyms.put(key, ImmutableSet.copyOf(countries)));
    this.demonymCountries = demonyms.buildOrThrow();
    this.subregions = ImmutableMap.copyOf(subregions);
    this.worldRegionKeys = worldRegionKeys;
  }

  private static final class DefaultHolder {
    static final Gazetteer INSTANCE = loadDefault();

    private static Gazetteer loadDefault() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "resource " + RESOURCE + " is missing from the class path next to "
                  + Gazetteer.class.getName());
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the gazetteer resource " + RESOURCE, e);
      }
    }
  }

  /**
   * The shared gazetteer loaded from the shipped resource on first use (about 36,000 places;
   * about half a second of CPU time).
   *
   * @throws IllegalStateException if the resource is missing from the class path
   */
  public static Gazetteer getDefault() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * Loads a gazetteer file written by {@link GazetteerBuilder} (gzip-compressed).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line is malformed
   */
  public static Gazetteer load(Path placesTsvGz) throws IOException {
    checkNotNull(placesTsvGz, "placesTsvGz");
    checkArgument(Files.isRegularFile(placesTsvGz), "no gazetteer file at %s", placesTsvGz);
    try (InputStream in = Files.newInputStream(placesTsvGz)) {
      return read(in);
    }
  }

  /** Reads a gzip-compressed gazetteer from {@code in}; does not close it. */
  static Gazetteer read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    String header = reader.readLine();
    checkArgument(GazetteerFormat.HEADER.equals(header),
        "not a Dossier place gazetteer: unexpected header '%s'", header);
    List<String[]> rows = new ArrayList<>(30_000);
    Map<String, FirstLevelDivision> divisions = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      String[] row = line.split("\t", -1);
      checkArgument(row.length == GazetteerFormat.COLUMNS,
          "gazetteer line %s has %s columns, expected %s: '%s'",
          rows.size() + 2, row.length, GazetteerFormat.COLUMNS, line);
      rows.add(row);
      if (row[GazetteerFormat.CLASS].equals("A")) {
        String code = row[GazetteerFormat.COUNTRY] + "." + row[GazetteerFormat.ADMIN1];
        String iso = row[GazetteerFormat.ISO];
        divisions.put(code, new FirstLevelDivision(
            code, iso.isEmpty() ? Optional.empty() : Optional.of(iso), row[GazetteerFormat.NAME]));
      }
    }
    List<Place> places = new ArrayList<>(rows.size());
    Map<String, long[]> byName = new HashMap<>(rows.size() * 6);
    Map<String, List<Integer>> byCode = new HashMap<>();
    Map<String, List<Integer>> divisionCodes = new HashMap<>();
    Map<String, Set<String>> demonyms = new HashMap<>();
    Map<String, String> subregions = new HashMap<>();
    ImmutableSet.Builder<String> worldRegions = ImmutableSet.builder();
    for (String[] row : rows) {
      int index = places.size();
      Place place = toPlace(row, divisions);
      places.add(place);
      addName(byName, place.name(), index, MatchKind.CANONICAL);
      for (String name : split(row[GazetteerFormat.NAMES])) {
        addName(byName, name, index, MatchKind.NAME);
      }
      for (String alias : split(row[GazetteerFormat.ALIASES])) {
        addName(byName, alias, index, MatchKind.ALIAS);
      }
      for (String code : split(row[GazetteerFormat.CODES])) {
        byCode.computeIfAbsent(code, k -> new ArrayList<>(1)).add(index);
      }
      if (place.featureClass() == FeatureClass.FIRST_LEVEL_DIVISION) {
        // Letter codes of the division: GeoNames' ("TX") and the ISO 3166-2 suffix ("NSW").
        String iso = row[GazetteerFormat.ISO];
        Set<String> letterCodes = new LinkedHashSet<>(List.of(row[GazetteerFormat.ADMIN1],
            iso.isEmpty() ? "" : iso.substring(iso.indexOf('-') + 1)));
        for (String code : letterCodes) {
          if (code.length() <= 3 && PlaceKeys.codeKey(code).map(code::equals).orElse(false)) {
            divisionCodes.computeIfAbsent(code, k -> new ArrayList<>(1)).add(index);
          }
        }
      }
      for (String demonym : split(row[GazetteerFormat.DEMONYMS])) {
        demonyms.computeIfAbsent(PlaceKeys.nameKey(demonym), k -> new LinkedHashSet<>())
            .add(place.countryCode());
      }
      if (!row[GazetteerFormat.SUBREGION].isEmpty()) {
        subregions.put(place.countryCode(), row[GazetteerFormat.SUBREGION]);
        worldRegions.add(PlaceKeys.nameKey(row[GazetteerFormat.SUBREGION]));
      }
      if (!row[GazetteerFormat.REGION].isEmpty()) {
        worldRegions.add(PlaceKeys.nameKey(row[GazetteerFormat.REGION]));
      }
    }
    return new Gazetteer(places, byName, toArrays(byCode), toArrays(divisionCodes), demonyms,
        subregions, worldRegions.build());
  }

  private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
    lists.forEach((key, list) -> arrays.put(
        key, list.stream().mapToInt(Integer::intValue).toArray()));
    return arrays;
  }

  private static void addName(Map<String, long[]> byName, String name, int index,
      MatchKind kind) {
    String key = PlaceKeys.nameKey(name);
    if (key.isEmpty()) {
      return;
    }
    long packed = ((long) index << 2) | kind.ordinal();
    long[] existing = byName.get(key);
    if (existing == null) {
      byName.put(key, new long[] {packed});
      return;
    }
    // A place matched twice under one key keeps its best (first added) match kind.
    for (long entry : existing) {
      if (entry >>> 2 == index) {
        return;
      }
    }
    long[] grown = Arrays.copyOf(existing, existing.length + 1);
    grown[existing.length] = packed;
    byName.put(key, grown);
  }

  private static Place toPlace(String[] row, Map<String, FirstLevelDivision> divisions) {
    String id = row[GazetteerFormat.ID];
    FeatureClass featureClass = switch (row[GazetteerFormat.CLASS]) {
      case "C" -> FeatureClass.COUNTRY;
      case "A" -> FeatureClass.FIRST_LEVEL_DIVISION;
      case "P" -> FeatureClass.POPULATED_PLACE;
      default -> throw new IllegalArgumentException(
          "gazetteer place " + id + " has unknown class '" + row[GazetteerFormat.CLASS] + "'");
    };
    String country = row[GazetteerFormat.COUNTRY];
    String admin1 = row[GazetteerFormat.ADMIN1];
    Optional<FirstLevelDivision> division = admin1.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(divisions.get(country + "." + admin1));
    List<String> aliases = new ArrayList<>();
    aliases.addAll(split(row[GazetteerFormat.NAMES]));
    aliases.addAll(split(row[GazetteerFormat.CODES]));
    aliases.addAll(split(row[GazetteerFormat.ALIASES]));
    try {
      String geonameId = row[GazetteerFormat.GEONAME_ID];
      return new Place(id,
          geonameId.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(geonameId)),
          row[GazetteerFormat.NAME], featureClass, row[GazetteerFormat.FEATURE_CODE], country,
          division, Double.parseDouble(row[GazetteerFormat.LATITUDE]),
          Double.parseDouble(row[GazetteerFormat.LONGITUDE]),
          Long.parseLong(row[GazetteerFormat.POPULATION]), aliases);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("gazetteer place " + id + " has a malformed number", e);
    }
  }

  private static List<String> split(String value) {
    return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
  }

  /** How many places the gazetteer holds. */
  public int size() {
    return places.size();
  }

  /** The place with the given {@link Place#id() id} ("geonames:703448", "country:UA"). */
  public Optional<Place> byId(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /** The country with the given ISO 3166-1 alpha-2 code ("UA"), case-insensitively. */
  public Optional<Place> country(String countryCode) {
    checkNotNull(countryCode, "countryCode");
    return byId("country:" + PlaceKeys.upper(countryCode.strip()));
  }

  /** The first-level division with the given GeoNames code ("US.TX", "UA.05"). */
  public Optional<Place> firstLevelDivision(String code) {
    checkNotNull(code, "code");
    return byId("admin1:" + code.strip());
  }

  /**
   * Every place {@code name} may refer to — countries first, then first-level divisions, then
   * populated places, each most populous first — matched by canonical name, other names, aliases
   * and, for a name written in capitals, by code. Empty if the gazetteer knows no such name. To
   * choose among them by context, use {@link PlaceResolver}.
   */
  public List<Place> lookup(String name) {
    checkNotNull(name, "name");
    return matches(name).stream().map(Match::place)
        .sorted(Comparator.comparing((Place p) -> p.featureClass())
            .thenComparing(Comparator.comparingLong(Place::population).reversed()))
        .distinct()
        .toList();
  }

  /** The matches of {@code name} with how each matched, in gazetteer order. */
  List<Match> matches(String name) {
    List<Match> out = new ArrayList<>();
    Optional<String> code = PlaceKeys.codeKey(name);
    if (code.isPresent()) {
      for (int index : byCode.getOrDefault(code.get(), new int[0])) {
        out.add(new Match(places.get(index), MatchKind.CODE));
      }
      // No country has the code: a division's letter code ("D.C.", "TX", "NSW").
      if (out.isEmpty()) {
        for (int index : byDivisionCode.getOrDefault(code.get(), new int[0])) {
          out.add(new Match(places.get(index), MatchKind.CODE));
        }
      }
    }
    String key = PlaceKeys.nameKey(name);
    if (!key.isEmpty()) {
      for (long packed : byNameKey.getOrDefault(key, new long[0])) {
        Place place = places.get((int) (packed >>> 2));
        if (code.isPresent() && out.stream().anyMatch(m -> m.place() == place)) {
          continue;
        }
        out.add(new Match(place, MatchKind.values()[(int) (packed & 3)]));
      }
    }
    return out;
  }

  /**
   * Whether {@code name} names a world region or subregion of the country list ("Asia",
   * "Europe", "South America", "Western Asia"): an area the gazetteer has no point for.
   */
  public boolean isWorldRegion(String name) {
    checkNotNull(name, "name");
    return worldRegionKeys.contains(PlaceKeys.nameKey(name));
  }

  /** The countries a demonym or adjective names ("French" → FR); empty if none. */
  Set<String> countriesOfDemonym(String word) {
    return demonymCountries.getOrDefault(PlaceKeys.nameKey(word), ImmutableSet.of());
  }

  /** The UN subregion of a country ("Western Europe"), if known. */
  Optional<String> subregion(String countryCode) {
    return Optional.ofNullable(subregions.get(countryCode));
  }

  /**
   * Whether {@code inner} lies within {@code outer}: a place within its country and its
   * first-level division ("Kyiv" within "Ukraine"; "Paris, Texas" within "Texas"). A place is not
   * within itself, and nothing is within a populated place.
   */
  public boolean isWithin(Place inner, Place outer) {
    checkNotNull(inner, "inner");
    checkNotNull(outer, "outer");
    if (inner.id().equals(outer.id())) {
      return false;
    }
    return switch (outer.featureClass()) {
      case COUNTRY -> inner.countryCode().equals(outer.countryCode());
      case FIRST_LEVEL_DIVISION -> inner.featureClass() == FeatureClass.POPULATED_PLACE
          && inner.firstLevelDivision().map(d -> outer.id().equals("admin1:" + d.code()))
              .orElse(false);
      case POPULATED_PLACE -> false;
    };
  }

  /**
   * The places that contain {@code place}, innermost first: its first-level division (if known
   * and not the place itself), then its country (unless the place is a country). These are the
   * places an index would also file the place under to answer "articles within Ukraine".
   */
  public List<Place> enclosing(Place place) {
    checkNotNull(place, "place");
    List<Place> out = new ArrayList<>(2);
    if (place.featureClass() == FeatureClass.POPULATED_PLACE) {
      place.firstLevelDivision().flatMap(d -> firstLevelDivision(d.code())).ifPresent(out::add);
    }
    if (place.featureClass() != FeatureClass.COUNTRY) {
      country(place.countryCode()).ifPresent(out::add);
    }
    return out;
  }
}
