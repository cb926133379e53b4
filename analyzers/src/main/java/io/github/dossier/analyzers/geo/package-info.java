/**
 * Places on the map: a compact gazetteer of countries, first-level divisions and populated places
 * ({@link io.github.dossier.analyzers.geo.Gazetteer}) and a resolver that tells namesakes apart by
 * what else an article says ({@link io.github.dossier.analyzers.geo.PlaceResolver}).
 *
 * <p>Typical use, once per article:
 *
 * <pre>{@code
 * PlaceResolver resolver = PlaceResolver.getDefault();
 * List<Optional<ResolvedPlace>> places = resolver.resolve(List.of(
 *     new PlaceMention("Paris", "The tornado hit Paris and Sulphur Springs overnight."),
 *     new PlaceMention("Texas", "Texas officials said ...")));
 * places.get(0).get().firstLevelDivision();   // US.TX, Texas
 * resolver.gazetteer().isWithin(places.get(0).get().place(),
 *     resolver.gazetteer().country("US").get());   // true
 * }</pre>
 *
 * <p>The shipped data come from GeoNames (CC BY), mledoze/countries (ODbL), iso-codes
 * (LGPL-2.1-or-later) and WordNet; see {@code README.md} next to {@code places.tsv.gz} for the
 * attribution each requires.
 */
package io.github.dossier.analyzers.geo;
