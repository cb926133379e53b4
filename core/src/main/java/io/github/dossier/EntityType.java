package io.github.dossier;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of named entity Dossier tags and indexes.
 *
 * <p>Each type has a query field name used by the query language ({@code person:}, {@code place:},
 * {@code org:}) and by the command-line tool ({@code --type person|place|org}).
 */
public enum EntityType {
  /** A person, such as "Volodymyr Zelenskyy". Query field {@code person}. */
  PERSON("person"),
  /** A place: a country, region, city or other location, such as "Kyiv". Query field {@code place}. */
  LOCATION("place"),
  /** An organization: a company, agency, alliance, party, such as "NATO". Query field {@code org}. */
  ORGANIZATION("org");

  private final String field;

  EntityType(String field) {
    this.field = field;
  }

  /** The query field name of this type: {@code person}, {@code place} or {@code org}. */
  public String field() {
    return field;
  }

  /**
   * Parses a type from its query field name ({@code person}, {@code place}, {@code org}), its enum
   * name ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}) or the CoNLL short forms
   * ({@code PER}, {@code LOC}, {@code ORG}), ignoring case.
   */
  public static Optional<EntityType> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "person": case "per": case "people": case "persons":
        return Optional.of(PERSON);
      case "place": case "location": case "loc": case "places": case "locations":
        return Optional.of(LOCATION);
      case "org": case "organization": case "organisation": case "orgs": case "organizations":
        return Optional.of(ORGANIZATION);
      default:
        return Optional.empty();
    }
  }
}
