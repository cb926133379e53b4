package io.github.dossier.analyzers.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the compact place gazetteer shipped as {@code places.tsv.gz} from the public lists in a
 * gazetteer directory. The output depends only on the input files, so running it twice gives the
 * same bytes.
 *
 * <p>What goes in:
 *
 * <ul>
 *   <li>every country of {@code countries.tsv} (mledoze/countries, ODbL): common name; official,
 *       alternative and Latin-script native names; codes cca2, cca3, the all-capital alternative
 *       spellings ("UK", "UAE") and the initials of multi-word names ("US", "USA") unless another
 *       country uses the same code; names that share a WordNet synset with at least two names,
 *       or one name of three or more words, of exactly one country ("Britain", "America",
 *       "U.S.A.", "Turkey" by "Republic of Turkey"); demonyms, region and subregion;
 *   <li>every first-level division of {@code admin1_geonames.tsv} (GeoNames), matched by code and
 *       name to {@code iso3166_2_subdivisions.tsv} (iso-codes) for the ISO code and ISO name;
 *       coordinates from its seat (or the mean of its places in the 2013 or else the current
 *       file), population summed over its places;
 *   <li>populated places of {@code world_cities.tsv} (GeoNames 2013) with at least {@value
 *       #MIN_POPULATION} inhabitants, and all capitals and first-level seats; each is matched to
 *       {@code world_cities_current.tsv} by country and position (the same name within {@value
 *       #NAME_MATCH_DEGREES}°, else the same point, else the nearest place of the same division
 *       within {@value #NEAR_MATCH_DEGREES}°) and takes the current name, keeping the 2013 names as
 *       aliases (Artemivs'k → Bakhmut, Kirovohrad → Kropyvnytskyi); Latin-script alternate names,
 *       without codes and digits. A place renamed and moved further (Dnipropetrovsk, whose
 *       current point "Dnipro" lies 6 km away) keeps its 2013 name.
 * </ul>
 *
 * <p>Usage: {@code GazetteerBuilder GAZETTEER_DIR OUT.tsv.gz}
 */
public final class GazetteerBuilder {

  /** Populated places with fewer inhabitants are left out unless they are capitals or seats. */
  static final long MIN_POPULATION = 10_000;
  /** How far a current place with the same name may lie from its 2013 point, in degrees. */
  static final double NAME_MATCH_DEGREES = 0.2;
  /** How far the nearest current place of the same division may lie from a 2013 point. */
  static final double NEAR_MATCH_DEGREES = 0.008;

  private static final Set<String> INITIAL_SKIP_WORDS = Set.of("of", "the", "and", "da", "de");

  private final Path dir;
  private final Map<String, String[]> countries = new TreeMap<>();
  private final Map<String, Set<String>> countryNames = new HashMap<>();
  private final Map<String, Set<String>> countryCodes = new HashMap<>();
  private final List<String> lines = new ArrayList<>();

  private GazetteerBuilder(Path dir) {
    this.dir = dir;
  }

  /**
   * Builds the gazetteer from the files in {@code gazetteerDir} and writes it gzip-compressed to
   * {@code out}.
   *
   * @return the number of places written
   * @throws IOException if a source file cannot be read or the output cannot be written
   * @throws IllegalArgumentException if a source file is missing or malformed
   */
  public static int build(Path gazetteerDir, Path out) throws IOException {
    checkNotNull(gazetteerDir, "gazetteerDir");
    checkNotNull(out, "out");
    for (String file : List.of("countries.tsv", "admin1_geonames.tsv", "world_cities.tsv",
        "world_cities_current.tsv", "iso3166_2_subdivisions.tsv", "wordnet_instances.tsv")) {
      checkArgument(Files.isRegularFile(gazetteerDir.resolve(file)),
          "gazetteer directory %s has no %s", gazetteerDir, file);
    }
    GazetteerBuilder builder = new GazetteerBuilder(gazetteerDir);
    builder.addCountries();
    builder.addDivisionsAndPlaces();
    try (OutputStream raw = Files.newOutputStream(out);
        Writer writer = new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8)) {
      writer.write(GazetteerFormat.HEADER);
      writer.write('\n');
      for (String line : builder.lines) {
        writer.write(line);
        writer.write('\n');
      }
    }
    return builder.lines.size();
  }

  /**
   * Command-line entry point: {@code GazetteerBuilder GAZETTEER_DIR OUT.tsv.gz}.
   *
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    checkArgument(args.length == 2, "usage: GazetteerBuilder GAZETTEER_DIR OUT.tsv.gz");
    int count = build(Paths.get(args[0]), Paths.get(args[1]));
    org.slf4j.LoggerFactory.getLogger(GazetteerBuilder.class)
        .info("wrote {} places to {}", count, args[1]);
  }

  // ---------------------------------------------------------------------------------- countries

  private void addCountries() throws IOException {
    readTsv("countries.tsv", 18, row -> countries.put(row[0], row));
    Map<String, Set<String>> dataCodeOwners = new HashMap<>();
    Map<String, Set<String>> derivedCodes = new HashMap<>();
    for (String[] row : countries.values()) {
      String cc = row[0];
      Set<String> names = new LinkedHashSet<>();
      Set<String> codes = new LinkedHashSet<>();
      codes.add(row[0]);
      codes.add(row[1]);
      names.add(row[4]);
      names.add(row[5]);
      for (String alt : split(row[7], '|')) {
        Optional<String> code = PlaceKeys.codeKey(alt);
        if (code.isPresent() && alt.equals(PlaceKeys.upper(alt))) {
          codes.add(code.get());
        } else if (PlaceKeys.isLatin(alt) && !alt.contains(",")) {
          names.add(alt);
        }
      }
      for (String nativeName : split(row[6], '|')) {
        if (PlaceKeys.isLatin(nativeName)) {
          names.add(nativeName);
        }
      }
      for (String code : codes) {
        dataCodeOwners.computeIfAbsent(code, k -> new HashSet<>()).add(cc);
      }
      Set<String> initials = new LinkedHashSet<>();
      for (String name : names) {
        initials(name).ifPresent(initials::add);
      }
      derivedCodes.put(cc, initials);
      countryNames.put(cc, names);
      countryCodes.put(cc, codes);
    }
    // Derived initials must not clash with any country's data codes or another country's initials.
    Map<String, Set<String>> derivedOwners = new HashMap<>();
    derivedCodes.forEach((cc, set) -> set.forEach(
        code -> derivedOwners.computeIfAbsent(code, k -> new HashSet<>()).add(cc)));
    for (Map.Entry<String, Set<String>> entry : derivedCodes.entrySet()) {
      for (String code : entry.getValue()) {
        Set<String> data = dataCodeOwners.getOrDefault(code, Set.of());
        boolean clash = derivedOwners.get(code).size() > 1
            || (!data.isEmpty() && !data.equals(Set.of(entry.getKey())));
        if (!clash) {
          countryCodes.get(entry.getKey()).add(code);
        }
      }
    }
    // Data codes used by two countries identify neither.
    dataCodeOwners.forEach((code, owners) -> {
      if (owners.size() > 1) {
        owners.forEach(cc -> countryCodes.get(cc).remove(code));
      }
    });
    addWordNetSynonyms();
    for (String[] row : countries.values()) {
      String cc = row[0];
      Set<String> names = countryNames.get(cc);
      names.remove(row[4]);
      Set<String> demonyms = new LinkedHashSet<>(List.of(row[9], row[10]));
      demonyms.removeIf(String::isBlank);
      lines.add(GazetteerFormat.line(
          "country:" + cc, "", "C", "PCL", row[4], cc, "",
          parseDouble(row[16], "countries.tsv latitude"),
          parseDouble(row[17], "countries.tsv longitude"), 0,
          dedupe(row[4], names, Set.of()), List.of(), countryCodes.get(cc), demonyms, row[12], "",
          row[11]));
    }
  }

  /** Adds the names of WordNet location synsets that hold two or more names of one country. */
  private void addWordNetSynonyms() throws IOException {
    Map<String, List<String>> synsets = new TreeMap<>();
    readTsv("wordnet_instances.tsv", 3, row -> {
      if (row[1].equals("LOC")) {
        synsets.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row[0]);
      }
    });
    Map<String, Set<String>> keyOwners = new HashMap<>();
    for (Map.Entry<String, Set<String>> entry : countryNames.entrySet()) {
      for (String name : entry.getValue()) {
        keyOwners.computeIfAbsent(PlaceKeys.nameKey(name), k -> new HashSet<>()).add(entry.getKey());
      }
      for (String code : countryCodes.get(entry.getKey())) {
        keyOwners.computeIfAbsent("#" + code, k -> new HashSet<>()).add(entry.getKey());
      }
    }
    for (List<String> synset : synsets.values()) {
      Map<String, Set<String>> hits = new HashMap<>();
      for (String name : synset) {
        Optional<String> code = PlaceKeys.codeKey(name);
        String key = code.isPresent() ? "#" + code.get() : PlaceKeys.nameKey(name);
        for (String cc : keyOwners.getOrDefault(key, Set.of())) {
          hits.computeIfAbsent(cc, k -> new HashSet<>()).add(key);
        }
      }
      // At least two distinct keys of one country, one of them a name (not only "D.C." and "DC"),
      // or one specific name of three or more words ("Republic of Turkey").
      List<String> owners = hits.entrySet().stream()
          .filter(e -> (e.getValue().size() >= 2
                  && e.getValue().stream().anyMatch(key -> !key.startsWith("#")))
              || e.getValue().stream().anyMatch(key -> key.split(" ").length >= 3))
          .map(Map.Entry::getKey).toList();
      if (owners.size() != 1) {
        continue;
      }
      String cc = owners.get(0);
      for (String name : synset) {
        Optional<String> code = PlaceKeys.codeKey(name);
        if (code.isPresent()) {
          Set<String> otherOwners = keyOwners.getOrDefault("#" + code.get(), Set.of());
          if (otherOwners.isEmpty() || otherOwners.equals(Set.of(cc))) {
            countryCodes.get(cc).add(code.get());
          }
        } else {
          countryNames.get(cc).add(name);
        }
      }
    }
  }

  /** "United Arab Emirates" → "UAE"; empty for names of fewer than two significant words. */
  static Optional<String> initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (word.isEmpty() || INITIAL_SKIP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      char first = word.charAt(0);
      if (first < 'A' || first > 'Z' || (word.length() > 1 && word.equals(PlaceKeys.upper(word)))) {
        return Optional.empty(); // lower-case words and abbreviations ("DR Congo") give no initials
      }
      out.append(first);
    }
    return out.length() >= 2 && out.length() <= 5 ? Optional.of(out.toString()) : Optional.empty();
  }

  // -------------------------------------------------------------------- divisions and places

  private record CurrentPlace(String name, String key, String admin1, double lat, double lon) {}

  private void addDivisionsAndPlaces() throws IOException {
    Map<String, String> admin1Names = new TreeMap<>();
    readTsv("admin1_geonames.tsv", 4, row -> admin1Names.put(row[0] + "." + row[1], row[3]));
    Map<String, String[]> iso = matchIso(admin1Names);

    Map<String, List<CurrentPlace>> grid = new HashMap<>();
    Map<String, double[]> currentSums = new HashMap<>();
    readTsv("world_cities_current.tsv", 7, row -> {
      double lat = parseDouble(row[5], "world_cities_current.tsv latitude");
      double lon = parseDouble(row[6], "world_cities_current.tsv longitude");
      double[] sums = currentSums.computeIfAbsent(row[1] + "." + row[2], k -> new double[3]);
      sums[0] += lat;
      sums[1] += lon;
      sums[2]++;
      grid.computeIfAbsent(cell(row[1], lat, lon), k -> new ArrayList<>())
          .add(new CurrentPlace(row[0], PlaceKeys.nameKey(row[0]), row[2], lat, lon));
    });

    Map<String, long[]> divisionPopulation = new HashMap<>();
    Map<String, double[]> divisionSums = new HashMap<>();
    Map<String, double[]> divisionSeat = new HashMap<>();
    List<String[]> kept = new ArrayList<>();
    readTsv("world_cities.tsv", 14, row -> {
      long population = row[9].isEmpty() ? 0 : Long.parseLong(row[9]);
      String division = row[4] + "." + row[5];
      double lat = parseDouble(row[10], "world_cities.tsv latitude");
      double lon = parseDouble(row[11], "world_cities.tsv longitude");
      if (admin1Names.containsKey(division)) {
        divisionPopulation.computeIfAbsent(division, k -> new long[1])[0] += population;
        double[] sums = divisionSums.computeIfAbsent(division, k -> new double[3]);
        sums[0] += lat;
        sums[1] += lon;
        sums[2]++;
        if (row[8].equals("PPLA") || (row[8].equals("PPLC") && !divisionSeat.containsKey(division))) {
          double[] seat = divisionSeat.get(division);
          if (seat == null || seat[2] < population) {
            divisionSeat.put(division, new double[] {lat, lon, population});
          }
        }
      }
      if (population >= MIN_POPULATION || row[8].equals("PPLA") || row[8].equals("PPLC")) {
        kept.add(row);
      }
    });

    for (Map.Entry<String, String> division : admin1Names.entrySet()) {
      String code = division.getKey();
      double[] point = divisionSeat.get(code);
      // No seat: the mean of its places in 2013, or else of its places today (divisions created
      // since 2013, such as Telangana, have places only in the current file).
      for (Map<String, double[]> sumsByDivision : List.of(divisionSums, currentSums)) {
        double[] sums = sumsByDivision.get(code);
        if (point == null && sums != null) {
          point = new double[] {sums[0] / sums[2], sums[1] / sums[2]};
        }
      }
      if (point == null) {
        continue; // no place of the division is known: no coordinates to give it
      }
      String[] isoRow = iso.get(code);
      Set<String> names = new LinkedHashSet<>();
      if (isoRow != null && PlaceKeys.isLatin(isoRow[3]) && !isoRow[3].contains(",")
          && !isoRow[3].contains("(")) {
        names.add(isoRow[3]);
      }
      lines.add(GazetteerFormat.line(
          "admin1:" + code, "", "A", "ADM1", division.getValue(), code.substring(0, 2),
          code.substring(3), point[0], point[1],
          divisionPopulation.getOrDefault(code, new long[1])[0],
          dedupe(division.getValue(), names, Set.of()), List.of(), Set.of(), Set.of(), "",
          isoRow == null ? "" : isoRow[0], ""));
    }

    for (String[] row : kept) {
      addPlace(row, currentOf(row[4], row[5],
          parseDouble(row[10], "world_cities.tsv latitude"),
          parseDouble(row[11], "world_cities.tsv longitude"), knownKeys(row), grid));
    }
  }

  /** The name keys of a 2013 row: name, ASCII name and usable alternate names. */
  private static Set<String> knownKeys(String[] row) {
    Set<String> keys = new HashSet<>();
    keys.add(PlaceKeys.nameKey(row[1]));
    keys.add(PlaceKeys.nameKey(row[2]));
    for (String alternate : split(row[3], ',')) {
      if (isUsableAlternate(alternate)) {
        keys.add(PlaceKeys.nameKey(alternate));
      }
    }
    return keys;
  }

  private void addPlace(String[] row, Optional<CurrentPlace> current) {
    Set<String> oldNames = new LinkedHashSet<>(List.of(row[1], row[2]));
    Set<String> aliases = new LinkedHashSet<>();
    for (String alternate : split(row[3], ',')) {
      if (isUsableAlternate(alternate)) {
        aliases.add(alternate);
      }
    }
    String name = current.map(CurrentPlace::name).orElse(row[1]);
    lines.add(GazetteerFormat.line(
        "geonames:" + row[0], row[0], "P", row[8], name, row[4], row[5],
        parseDouble(row[10], "world_cities.tsv latitude"),
        parseDouble(row[11], "world_cities.tsv longitude"),
        row[9].isEmpty() ? 0 : Long.parseLong(row[9]),
        dedupe(name, oldNames, Set.of()), dedupe(name, aliases, oldNames), Set.of(), Set.of(), "", "",
        ""));
  }

  private static boolean isUsableAlternate(String alternate) {
    if (alternate.length() < 2 || alternate.length() > 60 || !PlaceKeys.isLatin(alternate)) {
      return false;
    }
    for (int i = 0; i < alternate.length(); i++) {
      char c = alternate.charAt(i);
      if (Character.isDigit(c) || c == '(' || c == '/' || c == ':' || c == '|' || c == '@') {
        return false;
      }
    }
    // Airport and other codes are all capitals; GeoNames' machine transliterations ("tksas" for
    // Texas, "ba li") have no capital at all.
    return !alternate.equals(PlaceKeys.upper(alternate))
        && !alternate.equals(alternate.toLowerCase(Locale.ROOT))
        && !PlaceKeys.nameKey(alternate).isEmpty();
  }

  /** Finds the current record of a 2013 place: same name nearby, same point, or nearest. */
  private static Optional<CurrentPlace> currentOf(String cc, String admin1, double lat, double lon,
      Set<String> knownKeys, Map<String, List<CurrentPlace>> grid) {
    CurrentPlace samePoint = null;
    CurrentPlace byName = null;
    double byNameDistance = Double.MAX_VALUE;
    CurrentPlace nearest = null;
    double nearestDistance = Double.MAX_VALUE;
    int latCell = (int) Math.floor(lat * 10);
    int lonCell = (int) Math.floor(lon * 10);
    for (int dLat = -2; dLat <= 2; dLat++) {
      for (int dLon = -2; dLon <= 2; dLon++) {
        for (CurrentPlace candidate : grid.getOrDefault(
            cc + ":" + (latCell + dLat) + ":" + (lonCell + dLon), List.of())) {
          double distance = Math.max(Math.abs(candidate.lat - lat), Math.abs(candidate.lon - lon));
          if (distance < 1e-4 && samePoint == null) {
            samePoint = candidate;
          }
          if (knownKeys.contains(candidate.key) && distance <= NAME_MATCH_DEGREES
              && distance < byNameDistance) {
            byName = candidate;
            byNameDistance = distance;
          }
          if (candidate.admin1.equals(admin1) && distance < nearestDistance) {
            nearest = candidate;
            nearestDistance = distance;
          }
        }
      }
    }
    // A place of the same name nearby is the place itself, even when another place now sits on
    // its old point (GeoNames moved "Mansa Konko"; its 2013 point is "Pakali Nding" today).
    if (byName != null) {
      return Optional.of(byName);
    }
    if (samePoint != null) {
      return Optional.of(samePoint);
    }
    return nearestDistance <= NEAR_MATCH_DEGREES ? Optional.of(nearest) : Optional.empty();
  }

  private static String cell(String cc, double lat, double lon) {
    return cc + ":" + (int) Math.floor(lat * 10) + ":" + (int) Math.floor(lon * 10);
  }

  /**
   * Matches GeoNames first-level divisions to ISO 3166-2 first-level subdivisions of the same
   * country by their name cores ("Donetska oblast" → "donetska"): the same code with a similar
   * core, else the only subdivision with the same core, else the only one whose core extends it
   * by at most three letters ("donetsk" → "donetska"), else the only one with the same stem and
   * another ending ("poltava" ~ "poltavska", "odesa" ~ "odeska"); one subdivision per division.
   */
  private Map<String, String[]> matchIso(Map<String, String> admin1Names) throws IOException {
    Map<String, List<String[]>> byCountry = new HashMap<>();
    readTsv("iso3166_2_subdivisions.tsv", 7, row -> {
      if (row[6].equals("yes")) {
        byCountry.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row);
      }
    });
    Map<String, String[]> matched = new LinkedHashMap<>();
    Map<String, Integer> quality = new HashMap<>();
    for (Map.Entry<String, String> division : admin1Names.entrySet()) {
      String cc = division.getKey().substring(0, 2);
      String code = division.getKey().substring(3);
      String core = nameCore(division.getValue());
      if (core.isEmpty()) {
        continue;
      }
      List<List<String[]>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      String[] byCode = null;
      for (String[] row : byCountry.getOrDefault(cc, List.of())) {
        String isoCore = nameCore(row[3]);
        int tier = similarity(core, isoCore);
        if (tier < 0) {
          continue;
        }
        tiers.get(tier).add(row);
        if (row[0].equals(cc + "-" + code)) {
          byCode = row;
        }
      }
      if (byCode != null) {
        matched.put(division.getKey(), byCode);
        quality.put(division.getKey(), -1);
        continue;
      }
      for (int tier = 0; tier < tiers.size(); tier++) {
        if (tiers.get(tier).size() == 1) {
          matched.put(division.getKey(), tiers.get(tier).get(0));
          quality.put(division.getKey(), tier);
          break;
        }
        if (tiers.get(tier).size() > 1) {
          break; // ambiguous at the best tier that matches anything
        }
      }
    }
    // One ISO subdivision per division: when two divisions claim one ("Kyiv City" and "Kyiv
    // Oblast" both look like "Kyiv"), the better match keeps it, and neither on a tie.
    Map<String, List<String>> claims = new HashMap<>();
    matched.forEach((division, row) ->
        claims.computeIfAbsent(row[0], k -> new ArrayList<>()).add(division));
    for (List<String> claimants : claims.values()) {
      if (claimants.size() < 2) {
        continue;
      }
      int best = claimants.stream().mapToInt(quality::get).min().orElseThrow();
      List<String> winners = claimants.stream().filter(d -> quality.get(d) == best).toList();
      for (String division : claimants) {
        if (winners.size() > 1 || quality.get(division) != best) {
          matched.remove(division);
        }
      }
    }
    return matched;
  }

  /**
   * 0 for equal cores, 1 for one extending the other by up to 3 letters, 2 for one stem with
   * different endings, -1 otherwise.
   */
  static int similarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 0;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (longer.startsWith(shorter) && longer.length() - shorter.length() <= 3) {
      return 1;
    }
    int prefix = 0;
    while (prefix < shorter.length() && shorter.charAt(prefix) == longer.charAt(prefix)) {
      prefix++;
    }
    // Different inflected endings of one stem: "poltav|a" ~ "poltav|ska", "zaporiz|hzhia" ~
    // "zaporiz|ka"; not one name extending another ("ouham" vs "ouhamfafa").
    boolean sameStem = prefix >= 4 && prefix < shorter.length()
        && prefix >= shorter.length() - 2 && longer.length() - prefix <= 5;
    return sameStem ? 2 : -1;
  }

  private static final Set<String> DIVISION_WORDS = Set.of(
      "oblast", "oblasti", "province", "provincia", "state", "region", "regional", "governorate",
      "county", "district", "department", "departement", "prefecture", "municipality", "city",
      "autonomous", "republic", "of", "the", "voivodeship", "kray", "krai", "okrug", "territory",
      "capital", "federal", "special", "administrative", "area", "metropolitan", "de", "del", "du",
      "la", "le", "provinsi", "wilayah", "estado", "parish", "canton", "ili", "vilayati", "raion");

  private static String nameCore(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : PlaceKeys.nameKey(name).split(" ")) {
      if (!DIVISION_WORDS.contains(word)) {
        out.append(word);
      }
    }
    return out.toString();
  }

  // ------------------------------------------------------------------------------ helpers

  /** {@code names} without {@code canonical} and {@code excluded}, one per name key, in order. */
  private static List<String> dedupe(
      String canonical, Collection<String> names, Collection<String> excluded) {
    Set<String> seen = new HashSet<>();
    seen.add(PlaceKeys.nameKey(canonical));
    for (String name : excluded) {
      seen.add(PlaceKeys.nameKey(name));
    }
    List<String> out = new ArrayList<>();
    for (String name : names) {
      String key = PlaceKeys.nameKey(name);
      if (!key.isEmpty() && seen.add(key)) {
        out.add(name.strip());
      }
    }
    return out;
  }

  private static List<String> split(String value, char separator) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || value.charAt(i) == separator) {
        String part = value.substring(start, i).strip();
        if (!part.isEmpty()) {
          out.add(part);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static double parseDouble(String value, String what) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad " + what + ": '" + value + "'", e);
    }
  }

  private void readTsv(String file, int columns, Consumer<String[]> rowConsumer)
      throws IOException {
    Path path = dir.resolve(file);
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      reader.readLine(); // header
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        String[] row = line.split("\t", -1);
        checkArgument(row.length >= columns, "%s line %s has %s columns, expected %s",
            file, number, row.length, columns);
        rowConsumer.accept(row);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
