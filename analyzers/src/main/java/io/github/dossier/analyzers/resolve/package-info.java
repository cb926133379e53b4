/**
 * Canonical entities across articles: {@link io.github.dossier.analyzers.resolve.ResolvingTagger}
 * wraps any {@link io.github.dossier.EntityTagger} and gives each entity a key that is the same in
 * every article that names it.
 *
 * <ul>
 *   <li>Places are resolved through the {@link io.github.dossier.analyzers.geo.Gazetteer} by the
 *       {@link io.github.dossier.analyzers.geo.PlaceResolver}: a resolved place is keyed by its
 *       place id ({@code geonames:2988507} for Paris, France; {@code geonames:4717560} for Paris,
 *       Texas), named by its canonical name ("Kyiv" for a text that writes "Kiev") and carries a
 *       {@link io.github.dossier.GeoPlace} with its coordinates and enclosing division and country,
 *       which the index uses for {@code within:}, {@code near:} and {@code box:} queries.
 *   <li>People, organizations and unresolved places are keyed by their {@link
 *       io.github.dossier.analyzers.names.NameVariants} match key, so that spelling variants
 *       ("Zelensky", "Zelenskyy", "Zelenskiy") of one full name share a key; the display name is
 *       the one the article used.
 * </ul>
 *
 * <p>Entities of one article that end up with one key and type are merged into one entity.
 */
package io.github.dossier.analyzers.resolve;
