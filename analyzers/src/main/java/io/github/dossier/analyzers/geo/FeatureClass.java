package io.github.dossier.analyzers.geo;

/** What kind of place a gazetteer entry is. */
public enum FeatureClass {
  /** A country or dependent territory, such as "Ukraine" or "Puerto Rico". */
  COUNTRY,
  /** A first-level administrative division of a country, such as "Texas" or "Donetsk Oblast". */
  FIRST_LEVEL_DIVISION,
  /** A populated place: a city, town or village, including capitals and city districts. */
  POPULATED_PLACE
}
