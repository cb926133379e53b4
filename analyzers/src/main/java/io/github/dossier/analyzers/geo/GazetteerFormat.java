package io.github.dossier.analyzers.geo;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.Locale;

/**
 * The line format of {@code places.tsv.gz}: one header line, then one tab-separated line per
 * place with the columns of {@link #HEADER}. Multi-valued columns are separated by {@code |}.
 */
final class GazetteerFormat {

  /** The header line, naming the columns. */
  static final String HEADER = "id\tgeonameid\tclass\tfeature_code\tname\tcountry\tadmin1\tlatitude"
      + "\tlongitude\tpopulation\tnames\taliases\tcodes\tdemonyms\tsubregion\tiso\tregion";

  static final int ID = 0;
  static final int GEONAME_ID = 1;
  static final int CLASS = 2;
  static final int FEATURE_CODE = 3;
  static final int NAME = 4;
  static final int COUNTRY = 5;
  static final int ADMIN1 = 6;
  static final int LATITUDE = 7;
  static final int LONGITUDE = 8;
  static final int POPULATION = 9;
  static final int NAMES = 10;
  static final int ALIASES = 11;
  static final int CODES = 12;
  static final int DEMONYMS = 13;
  static final int SUBREGION = 14;
  static final int ISO = 15;
  static final int REGION = 16;
  static final int COLUMNS = 17;

  private GazetteerFormat() {}

  /** Formats one place line; refuses values that contain the separators. */
  static String line(String id, String geonameId, String featureClass, String featureCode,
      String name, String country, String admin1, double latitude, double longitude,
      long population, Collection<String> names, Collection<String> aliases,
      Collection<String> codes, Collection<String> demonyms, String subregion, String iso,
      String region) {
    StringBuilder out = new StringBuilder(128);
    for (String value : new String[] {id, geonameId, featureClass, featureCode, name, country,
        admin1, String.format(Locale.ROOT, "%.5f", latitude),
        String.format(Locale.ROOT, "%.5f", longitude), Long.toString(population),
        join(names), join(aliases), join(codes), join(demonyms), subregion, iso, region}) {
      checkArgument(value.indexOf('\t') < 0 && value.indexOf('\n') < 0,
          "place %s: value '%s' contains a tab or line break", id, value);
      if (out.length() > 0) {
        out.append('\t');
      }
      out.append(value);
    }
    return out.toString();
  }

  private static String join(Collection<String> values) {
    for (String value : values) {
      checkArgument(value.indexOf('|') < 0, "name '%s' contains '|'", value);
    }
    return String.join("|", values);
  }
}
