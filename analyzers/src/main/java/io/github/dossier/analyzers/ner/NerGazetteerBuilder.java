package io.github.dossier.analyzers.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.dossier.analyzers.ner.NerGazetteer.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the compact NER gazetteer ({@code ner-en-gazetteer.tsv.gz}) from the public lists in a
 * gazetteer directory and from the token statistics of training corpora.
 *
 * <p>Reproducible: the output depends only on the input files. What goes in (thresholds are
 * constants of this class and are listed in {@code ner-en.recipe.md}):
 *
 * <ul>
 *   <li>first names: SSA births 1880–2024 ≥ {@value #MIN_FIRST_NAME_BIRTHS}, all Census 1990 first
 *       names, compromise first names;
 *   <li>surnames: Census 1990 surnames of rank ≤ {@value #MAX_SURNAME_RANK}, compromise last names;
 *   <li>cities: GeoNames names and ASCII names with population ≥ {@value #MIN_CITY_POPULATION},
 *       ASCII alternate names of cities with population ≥ {@value #MIN_ALTNAME_POPULATION},
 *       capitals, compromise cities;
 *   <li>towns: the other GeoNames names and ASCII names (population below {@value
 *       #MIN_CITY_POPULATION}) and the names of the current GeoNames list, unless they are also
 *       cities, countries or regions;
 *   <li>countries (common, official and alternative names), demonyms, first-level regions
 *       (GeoNames admin1, ISO 3166-2), compromise places, regions, organisations, sports teams,
 *       honorifics, role nouns ("actor" tag) and famous people; WordNet instances by type; the titles
 *       and roles of Dossier's curated {@code titles.txt} ("senator", "secretary of state");
 *   <li>organisation and location head words: last words shared by at least {@value #MIN_HEAD_COUNT}
 *       multi-word organisation (location) entries;
 *   <li>usually-lower-case words: words seen at least {@value #MIN_LOWERCASE_COUNT} times in the
 *       given corpora, lower-case in at least {@value #MIN_LOWERCASE_SHARE} of their
 *       non-sentence-initial occurrences;
 *   <li>title words learnt from the corpora: words outside any entity that directly precede a
 *       person name at least {@value #MIN_TITLE_COUNT} times and in at least {@value
 *       #MIN_TITLE_SHARE} of their occurrences ("President", "envoy", "spokesman", "chief"), unless
 *       they are countries, demonyms or first names that are not usually written in lower case
 *       ("Recep", but not "chief").
 * </ul>
 *
 * <p>Usage: {@code NerGazetteerBuilder GAZETTEER_DIR OUT.tsv.gz CORPUS...}
 */
public final class NerGazetteerBuilder {

  static final String TITLES_RESOURCE = "/io/github/dossier/analyzers/titles.txt";
  static final int MIN_FIRST_NAME_BIRTHS = 300;
  static final int MAX_SURNAME_RANK = 60_000;
  static final long MIN_CITY_POPULATION = 10_000;
  static final long MIN_ALTNAME_POPULATION = 200_000;
  static final int MIN_HEAD_COUNT = 3;
  static final int MIN_LOWERCASE_COUNT = 3;
  static final double MIN_LOWERCASE_SHARE = 0.8;
  static final int MIN_TITLE_COUNT = 4;
  static final double MIN_TITLE_SHARE = 0.2;

  private final Map<String, Set<Category>> entries = new TreeMap<>();
  private final List<String> towns = new ArrayList<>();

  private NerGazetteerBuilder() {}

  /**
   * Builds the gazetteer and writes it gzip-compressed, one {@code phrase<TAB>codes} line per entry,
   * sorted by phrase.
   *
   * @param gazetteerDir directory with the source lists (see the class comment)
   * @param corpora NER training corpora whose tokens give the usually-lower-case words
   * @param out the output file
   * @return the number of entries written
   */
  public static int build(Path gazetteerDir, List<Path> corpora, Path out) throws IOException {
    checkNotNull(gazetteerDir, "gazetteer directory");
    checkArgument(Files.isDirectory(gazetteerDir), "gazetteer directory %s does not exist", gazetteerDir);
    NerGazetteerBuilder b = new NerGazetteerBuilder();
    b.readSources(gazetteerDir);
    b.addTowns();
    b.addHeads(Category.ORGANIZATION, Category.ORG_HEAD);
    b.addHeads(Category.WORDNET_ORGANIZATION, Category.ORG_HEAD);
    b.addHeads(Category.WORDNET_LOCATION, Category.LOCATION_HEAD);
    b.addLowercaseWords(corpora);
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Set<Category>> e : b.entries.entrySet()) {
        StringBuilder line = new StringBuilder(e.getKey()).append('\t');
        for (Category c : e.getValue()) {
          line.append(c.code);
        }
        w.write(line.append('\n').toString());
      }
    }
    return b.entries.size();
  }

  /** Command-line entry point: {@code GAZETTEER_DIR OUT.tsv.gz CORPUS...}. */
  public static void main(String[] args) throws IOException {
    checkArgument(args.length >= 2, "usage: NerGazetteerBuilder GAZETTEER_DIR OUT.tsv.gz CORPUS...");
    List<Path> corpora = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      corpora.add(Paths.get(args[i]));
    }
    build(Paths.get(args[0]), corpora, Paths.get(args[1]));
  }

  private void readSources(Path dir) throws IOException {
    for (String[] f : rows(dir.resolve("ssa_first_names.tsv"))) {
      if (Long.parseLong(f[2]) >= MIN_FIRST_NAME_BIRTHS) {
        add(f[0], Category.FIRST_NAME);
      }
    }
    for (String file : List.of("census1990_female_first_names.tsv", "census1990_male_first_names.tsv")) {
      for (String[] f : rows(dir.resolve(file))) {
        add(f[0], Category.FIRST_NAME);
      }
    }
    for (String[] f : rows(dir.resolve("census1990_surnames.tsv"))) {
      if (Integer.parseInt(f[3]) <= MAX_SURNAME_RANK) {
        add(f[0], Category.SURNAME);
      }
    }
    for (String[] f : rows(dir.resolve("world_cities.tsv"))) {
      long population = f[9].isEmpty() ? 0 : Long.parseLong(f[9]);
      if (population >= MIN_CITY_POPULATION) {
        add(f[1], Category.CITY);
        add(f[2], Category.CITY);
      } else {
        towns.add(f[1]);
        towns.add(f[2]);
      }
      if (population >= MIN_ALTNAME_POPULATION && !f[3].isEmpty()) {
        for (String alt : f[3].split(",")) {
          if (isPlainLatin(alt) && alt.length() > 3) {
            add(alt, Category.CITY);
          }
        }
      }
    }
    for (String[] f : rows(dir.resolve("world_cities_current.tsv"))) {
      towns.add(f[0]);
    }
    for (String[] f : rows(dir.resolve("admin1_geonames.tsv"))) {
      add(f[3], Category.REGION);
    }
    for (String[] f : rows(dir.resolve("iso3166_2_subdivisions.tsv"))) {
      if (f.length > 6 && f[6].equals("yes")) {
        add(f[3], Category.REGION);
      }
    }
    for (String[] f : rows(dir.resolve("countries.tsv"))) {
      add(f[4], Category.COUNTRY);
      add(f[5], Category.COUNTRY);
      for (String alt : f[7].split("\\|")) {
        if (isPlainLatin(alt) && (alt.length() > 2 || alt.contains("."))) {
          add(alt, Category.COUNTRY);
        }
      }
      for (String capital : f[8].split("\\|")) {
        add(capital, Category.CITY);
      }
      add(f[9], Category.DEMONYM);
      add(f[10], Category.DEMONYM);
    }
    for (String[] f : rows(dir.resolve("compromise_lexicon_names.tsv"))) {
      for (String tag : f[1].split("\\|")) {
        Category c = compromiseCategory(tag);
        if (c != null) {
          add(f[0], c);
        }
      }
    }
    for (String title : titles()) {
      add(title, Category.TITLE);
    }
    for (String[] f : rows(dir.resolve("wordnet_instances.tsv"))) {
      switch (f[1]) {
        case "PER" -> add(f[0], Category.WORDNET_PERSON);
        case "LOC" -> add(f[0], Category.WORDNET_LOCATION);
        case "ORG" -> add(f[0], Category.WORDNET_ORGANIZATION);
        default -> throw new IllegalArgumentException("unknown WordNet type " + f[1]);
      }
    }
  }

  private static Category compromiseCategory(String tag) {
    return switch (tag) {
      case "FirstName", "MaleName", "FemaleName" -> Category.FIRST_NAME;
      case "LastName" -> Category.SURNAME;
      case "Person" -> Category.PERSON;
      case "City" -> Category.CITY;
      case "Country" -> Category.COUNTRY;
      case "Region", "Place" -> Category.REGION;
      case "Demonym" -> Category.DEMONYM;
      case "Organization", "SportsTeam" -> Category.ORGANIZATION;
      case "Honorific", "Actor" -> Category.TITLE;
      default -> null;
    };
  }

  /** Adds the collected town names that no source made a city, country or region. */
  private void addTowns() {
    Set<Category> places = EnumSet.of(Category.CITY, Category.COUNTRY, Category.REGION);
    for (String town : towns) {
      Set<Category> known = entries.get(normalize(town));
      if (known == null || Collections.disjoint(known, places)) {
        add(town, Category.TOWN);
      }
    }
  }

  private void addHeads(Category of, Category head) {
    Map<String, Integer> counts = new HashMap<>();
    for (Map.Entry<String, Set<Category>> e : entries.entrySet()) {
      int space = e.getKey().lastIndexOf(' ');
      if (space > 0 && e.getValue().contains(of)) {
        counts.merge(e.getKey().substring(space + 1), 1, Integer::sum);
      }
    }
    counts.forEach(
        (word, n) -> {
          if (n >= MIN_HEAD_COUNT && word.length() > 1 && Character.isLetter(word.charAt(0))) {
            entries.computeIfAbsent(word, k -> EnumSet.noneOf(Category.class)).add(head);
          }
        });
  }

  private void addLowercaseWords(List<Path> corpora) throws IOException {
    // counts: [all non-initial, lower-case non-initial, all as O, as O right before a person]
    Map<String, int[]> counts = new HashMap<>();
    for (Path corpus : corpora) {
      for (NerDocument doc : NerCorpusReader.read(corpus)) {
        for (NerSentence s : doc.sentences()) {
          for (int i = 0; i < s.size(); i++) {
            String token = s.tokens().get(i);
            if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
              continue;
            }
            int[] c = counts.computeIfAbsent(token.toLowerCase(Locale.ROOT), k -> new int[4]);
            if (i > 0) {
              c[0]++;
              if (Character.isLowerCase(token.charAt(0))) {
                c[1]++;
              }
            }
            if (s.tags().get(i).equals(Iob2.OUTSIDE)) {
              c[2]++;
              if (i + 1 < s.size() && s.tags().get(i + 1).equals("B-PER")) {
                c[3]++;
              }
            }
          }
        }
      }
    }
    counts.forEach(
        (word, c) -> {
          if (c[0] >= MIN_LOWERCASE_COUNT && c[1] >= MIN_LOWERCASE_SHARE * c[0]) {
            entries.computeIfAbsent(word, k -> EnumSet.noneOf(Category.class)).add(Category.USUALLY_LOWERCASE);
          }
          if (word.length() > 1 && c[3] >= MIN_TITLE_COUNT && c[3] >= MIN_TITLE_SHARE * c[2]) {
            Set<Category> known = entries.computeIfAbsent(word, k -> EnumSet.noneOf(Category.class));
            boolean name = known.contains(Category.FIRST_NAME) && !known.contains(Category.USUALLY_LOWERCASE);
            if (!name && !known.contains(Category.COUNTRY) && !known.contains(Category.DEMONYM)) {
              known.add(Category.TITLE);
            }
          }
        });
  }

  private void add(String name, Category category) {
    String key = normalize(name);
    if (!key.isEmpty()) {
      entries.computeIfAbsent(key, k -> EnumSet.noneOf(Category.class)).add(category);
    }
  }

  /** Lower-cases and splits off PTB-style tokens: commas, parentheses and possessive 's. */
  static String normalize(String name) {
    String s = name.trim().toLowerCase(Locale.ROOT);
    s = s.replace(",", " , ").replace("(", " ( ").replace(")", " ) ").replace("'s ", " 's ");
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2) + " 's";
    }
    return String.join(" ", s.trim().split("\\s+"));
  }

  private static boolean isPlainLatin(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c < 0x250 && (Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '.'))) {
        return false;
      }
    }
    return true;
  }

  /** The entries of Dossier's curated list of titles and roles ({@value #TITLES_RESOURCE}). */
  private static List<String> titles() throws IOException {
    InputStream in = NerGazetteerBuilder.class.getResourceAsStream(TITLES_RESOURCE);
    checkState(in != null, "resource %s is not on the class path", TITLES_RESOURCE);
    List<String> titles = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          titles.add(line);
        }
      }
    }
    return titles;
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      checkArgument(line != null, "gazetteer file %s is empty", file);
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }
}
