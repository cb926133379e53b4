package io.github.dossier.index;

import io.github.dossier.EntityType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields a query-language clause can name ({@code person:Trump}), plus free text. */
enum QueryField {
  /** Free text over title and body (no prefix). */
  TEXT(null, null),
  PERSON("person", EntityType.PERSON),
  PLACE("place", EntityType.LOCATION),
  ORG("org", EntityType.ORGANIZATION),
  /** An entity of any type. */
  ENTITY("entity", null),
  SOURCE("source", null),
  TITLE("title", null),
  DATE("date", null),
  /** A resolved place that is, or lies inside, a place id ({@code within:"country:UA"}). */
  WITHIN("within", null),
  /** A resolved place within a radius ({@code near:(50.45,30.52,25km)}). */
  NEAR("near", null),
  /** A resolved place within a bounding box ({@code box:(44,52,22,41)}). */
  BOX("box", null);

  /** The names a user can write, comma separated, for error messages. */
  static final String KNOWN =
      Arrays.stream(values())
          .filter(f -> f.prefix != null)
          .map(f -> f.prefix)
          .collect(Collectors.joining(", "));

  private final String prefix;
  private final EntityType entityType;

  QueryField(String prefix, EntityType entityType) {
    this.prefix = prefix;
    this.entityType = entityType;
  }

  /** The entity type this field searches, if it is {@code person}, {@code place} or {@code org}. */
  Optional<EntityType> entityType() {
    return Optional.ofNullable(entityType);
  }

  /** The field a prefix names, ignoring case. */
  static Optional<QueryField> forPrefix(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> p.equals(f.prefix)).findFirst();
  }
}
