/**
 * The article index: {@link io.github.dossier.index.ArticleIndex}, a Lucene index of news articles
 * and their entities, and its query language.
 *
 * <h2>Query language</h2>
 *
 * <p>Used by {@link io.github.dossier.index.ArticleIndex#search(String, int)}, {@link
 * io.github.dossier.index.ArticleIndex#topEntities} and {@link
 * io.github.dossier.index.ArticleQuery#parse}.
 *
 * <table>
 *   <caption>Clauses</caption>
 *   <tr><th>Syntax</th><th>Matches articles</th></tr>
 *   <tr><td>{@code security}</td><td>with the word (stemmed: "guarantee" finds "guarantees") in
 *       title or body; title matches count double</td></tr>
 *   <tr><td>{@code "security guarantees"}</td><td>with the phrase in title or body</td></tr>
 *   <tr><td>{@code title:Kyiv}, {@code title:"peace plan"}</td><td>with the word or phrase in the
 *       title</td></tr>
 *   <tr><td>{@code person:zelenskyy}</td><td>with a person whose canonical name or one of whose
 *       mention forms contains the word as a whole word, ignoring case, diacritics and possessive
 *       endings ({@code person:Zelenskyy's} is the same)</td></tr>
 *   <tr><td>{@code person:"Volodymyr Zelenskyy"}</td><td>with a person whose canonical name or a
 *       mention form equals the text after {@link io.github.dossier.NameNormalizer}
 *       normalization (case, diacritics, typographic quotes and spaces ignored), or that is the
 *       entity some article gives that name: the article that wrote "Volodymyr Zelensky" (one key
 *       with "Zelenskyy") or only "Zelenskyy" (joined to him across articles, see below)</td></tr>
 *   <tr><td>{@code place:...}, {@code org:...}</td><td>the same for places and organizations</td></tr>
 *   <tr><td>{@code entity:...}</td><td>the same for an entity of any type</td></tr>
 *   <tr><td>{@code source:cbc}, {@code source:"CBC News"}</td><td>whose source contains the word;
 *       whose source is exactly that (ignoring case and diacritics)</td></tr>
 *   <tr><td>{@code date:[2025-01-01 TO 2025-12-31]}</td><td>published in that range (UTC, both
 *       ends inclusive; {@code {...}} excludes an end; {@code *} leaves an end open; bounds are
 *       {@code yyyy}, {@code yyyy-mm}, {@code yyyy-mm-dd} or instants like {@code
 *       2025-12-15T10:00:00Z}); {@code date:2025-12-15} for one day; {@code date:*} for any
 *       article with a date</td></tr>
 *   <tr><td>{@code date:>=2025-12-01}, {@code date:>2025-12-01}, {@code date:<2025},
 *       {@code date:<=2025-12}</td><td>published from, after, before, up to that date; a
 *       date covers its whole day, month or year ({@code >2025-12-01} starts on 2 December)</td></tr>
 *   <tr><td>{@code date:>now-30d}, {@code date:[now-1w TO now]}</td><td>relative to the time of
 *       the search, in UTC: {@code now}, or {@code now} plus or minus a whole number of years
 *       ({@code y}), months ({@code M}), weeks ({@code w}), days ({@code d}), hours ({@code h}),
 *       minutes ({@code m}) or seconds ({@code s}); allowed wherever a date is</td></tr>
 *   <tr><td>{@code within:"country:UA"}, {@code within:admin1:US.TX},
 *       {@code within:(country:UA OR country:MD)}, {@code within:Ukraine},
 *       {@code within:"South Carolina"}</td><td>with a resolved place that is the place
 *       of that id or lies inside it (an article naming Kyiv is within {@code country:UA} and
 *       {@code admin1:UA.12}); ids are those of {@link io.github.dossier.GeoPlace}. A name stands
 *       for the resolved place the index most often gives that name or form (as {@link
 *       ArticleIndex#entity} finds it); a name no resolved place of the index has is an error
 *       naming it (give the id instead)</td></tr>
 *   <tr><td>{@code near:(50.45,30.52,25km)}</td><td>with a resolved place at most 25 km from
 *       latitude 50.45, longitude 30.52 (the {@code km} suffix is optional)</td></tr>
 *   <tr><td>{@code box:(44.0,52.5,22.0,40.5)}</td><td>with a resolved place inside the box
 *       (minimum latitude, maximum latitude, minimum longitude, maximum longitude)</td></tr>
 *   <tr><td>{@code a b}, {@code a AND b}, {@code a && b}</td><td>matching both (AND is the
 *       default)</td></tr>
 *   <tr><td>{@code a OR b}, {@code a || b}</td><td>matching either</td></tr>
 *   <tr><td>{@code NOT a}, {@code -a}, {@code !a}</td><td>not matching {@code a}; {@code +a} is
 *       just {@code a}</td></tr>
 *   <tr><td>{@code (a OR b) c}</td><td>grouping; {@code person:(Trump OR Putin)} applies the field to
 *       every word inside</td></tr>
 * </table>
 *
 * <p>NOT binds tighter than AND, AND tighter than OR. Operators must be upper case; lower-case
 * "and", "or", "not" are ordinary words. Letters followed by a colon at the start of a word name a
 * field ({@code Person:} works too); to search such text, quote it. Inside quotes nothing is
 * special but the closing quote. Words that analyse to nothing (stop words such as "the")
 * place no constraint. Errors throw {@link io.github.dossier.index.QuerySyntaxException} naming
 * the problem and its 0-based position: {@code unbalanced quote at position 7}, {@code unknown
 * field 'persn' at position 0; known fields: person, place, org, entity, source, title, date,
 * within, near, box},
 * {@code unbalanced parenthesis: '(' is never closed at position 0}.
 *
 * <h2>People across articles</h2>
 *
 * <p>Within an article the tagger joins "Trump" to the "Donald Trump" that article names. Across
 * articles, the index keys a person the article names only by surname ("Zelenskyy") as the one
 * person of the index with that surname ("Volodymyr Zelenskyy"), if one is named in at least
 * twice as many articles as any namesake; otherwise the bare surname stays an entity of its own.
 * When a full name later turns up for such a bare-surname entity, and no other full name with
 * that surname is known, the full name takes over the entity's key, so keys never change; its
 * display name becomes the full name as articles use it. People who share a surname ("Donald
 * Trump", "Melania Trump") are never merged. The takeovers are stored in the commit's user data
 * ({@code dossier.person-aliases}), committed atomically with the articles they shaped.
 *
 * <h2>Research queries</h2>
 *
 * <p>{@link io.github.dossier.index.ArticleIndex} answers, for any {@link
 * io.github.dossier.index.ArticleQuery}: {@link io.github.dossier.index.ArticleIndex#facets facets}
 * (entities counted by articles and mentions, sources and dates counted by articles), {@link
 * io.github.dossier.index.ArticleIndex#timeline timelines}, {@link
 * io.github.dossier.index.ArticleIndex#mentions mentions in context}, {@link
 * io.github.dossier.index.ArticleIndex#cooccurrences co-occurrence} and {@link
 * io.github.dossier.index.ArticleIndex#network networks}, {@link
 * io.github.dossier.index.ArticleIndex#searchPage cursor paging}, {@link
 * io.github.dossier.index.ArticleIndex#export streaming export} and {@link
 * io.github.dossier.index.ArticleIndex#similar more like this}. Dates are bucketed in UTC; weeks
 * are ISO weeks ({@link io.github.dossier.index.DateInterval}). Association scores are defined in
 * {@link io.github.dossier.index.Association}.
 *
 * <h2>Index schema (format 1)</h2>
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>Field</th><th>Indexed as</th></tr>
 *   <tr><td>{@code id}</td><td>keyword ({@code StringField}), stored; the update/delete key</td></tr>
 *   <tr><td>{@code id.sort}</td><td>{@code SortedDocValues} of the id: the tie-breaking sort key
 *       of {@link io.github.dossier.index.ArticleIndex#searchPage paged searches} (indexes written
 *       before it was added tie-break by document order, stable while the index is unchanged)</td></tr>
 *   <tr><td>{@code title}, {@code body}</td><td>analysed (standard tokenizer, English possessive,
 *       lower case, ASCII folding, English stop words, Porter stemmer) with positions and offsets
 *       in the postings for highlighting; stored. Bodies of any length are indexed whole.</td></tr>
 *   <tr><td>{@code source}</td><td>keyword of the {@link io.github.dossier.NameNormalizer
 *       normalized} source; stored exactly; {@code SortedDocValues} of the exact source</td></tr>
 *   <tr><td>{@code source.words}</td><td>source analysed like names (below)</td></tr>
 *   <tr><td>{@code url}</td><td>stored only</td></tr>
 *   <tr><td>{@code published}</td><td>{@code LongPoint} and {@code NumericDocValues} of epoch
 *       milliseconds; stored as the ISO-8601 instant</td></tr>
 *   <tr><td>{@code metadata}</td><td>stored binary: the article's metadata map</td></tr>
 *   <tr><td>{@code tagged}</td><td>stored binary: sentences and entities with every mention, in a
 *       small versioned format (see {@code TaggedTextCodec})</td></tr>
 *   <tr><td>{@code <t>.key} for {@code t} in {@code person, place, org}</td><td>one term per entity
 *       key with term frequency = its mentions in the article ({@code DOCS_AND_FREQS}), so a key's
 *       document frequency is its article count and its total term frequency its mention
 *       count</td></tr>
 *   <tr><td>{@code <t>.names}</td><td>canonical names and mention forms analysed with standard
 *       tokenizer, possessive removal, lower case and ASCII folding; names are 100 positions apart,
 *       so a phrase never spans two names</td></tr>
 *   <tr><td>{@code <t>.exact}</td><td>keywords: normalized canonical names and forms</td></tr>
 *   <tr><td>{@code tagged.original}</td><td>stored binary, only when a {@link
 *       io.github.dossier.index.Curation} changed the article's entities: the entities as the
 *       tagger found them, from which the next curation starts</td></tr>
 *   <tr><td>{@code place.within}</td><td>keywords: the id of each resolved {@link
 *       io.github.dossier.GeoPlace place} and of the places that contain it ({@code
 *       geonames:703448}, {@code admin1:UA.12}, {@code country:UA}); the {@code place.names} and
 *       {@code place.exact} fields also hold each resolved place's canonical name and
 *       aliases</td></tr>
 *   <tr><td>{@code place.point}</td><td>{@code LatLonPoint} and {@code LatLonDocValuesField} of
 *       each resolved place, for {@code near:} and {@code box:}</td></tr>
 *   <tr><td>{@code <t>.facet}</td><td>{@code SortedSetDocValues} of {@code key U+001F name}, for
 *       display names in entity counts</td></tr>
 * </table>
 *
 * <p>Keyword values longer than 4096 UTF-8 bytes (Lucene refuses terms over 32766) are not
 * indexed as keywords; a warning is logged and the article is indexed otherwise unchanged. Each
 * commit carries the user data {@code dossier.format=1}, by which {@link
 * io.github.dossier.index.ArticleIndex#openReadOnly} recognizes a Dossier index, and, once a
 * curation has been applied, {@code dossier.curation} with the text of its alias file.
 */
package io.github.dossier.index;
