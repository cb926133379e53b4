package io.github.dossier.analyzers.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The first-level administrative division a place lies in, such as the US state of Texas.
 *
 * @param code the GeoNames admin1 code qualified by the country code, such as {@code "US.TX"} or
 *     {@code "UA.05"}
 * @param isoCode the ISO 3166-2 code of the division, such as {@code "US-TX"}, when the gazetteer
 *     could match it
 * @param name the English or romanized name of the division
 */
public record FirstLevelDivision(String code, Optional<String> isoCode, String name) {

  /** Checks that {@code code} has the form {@code CC.X} and that the name is not blank. */
  public FirstLevelDivision {
    checkNotNull(code, "code");
    checkNotNull(isoCode, "isoCode");
    checkNotNull(name, "name");
    checkArgument(
        code.length() > 3 && code.charAt(2) == '.',
        "first-level division code must look like 'US.TX', got '%s'", code);
    checkArgument(!name.isBlank(), "first-level division %s has a blank name", code);
  }

  /** The two-letter country code this division belongs to ({@code "US"} for {@code "US.TX"}). */
  public String countryCode() {
    return code.substring(0, 2);
  }
}
