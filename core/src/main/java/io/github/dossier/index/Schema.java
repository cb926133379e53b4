package io.github.dossier.index;

import io.github.dossier.EntityType;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Field names and field types of Dossier's index; see the package documentation for the schema.
 */
final class Schema {
  static final String ID = "id";
  /** Sorted doc values of the id: the last sort key of paged searches, so that no two hits tie. */
  static final String ID_SORT = "id.sort";
  static final String TITLE = "title";
  static final String BODY = "body";
  /** Normalized source (keyword), exact source (stored), exact source (sorted doc values). */
  static final String SOURCE = "source";
  static final String SOURCE_WORDS = "source.words";
  static final String URL = "url";
  /** LongPoint and NumericDocValues of epoch millis; stored as the ISO-8601 instant. */
  static final String PUBLISHED = "published";
  /** Stored binary: the article's metadata map. */
  static final String METADATA = "metadata";
  /** Stored binary: the {@link TaggedTextCodec serialized} sentences and entities. */
  static final String TAGGED = "tagged";

  /**
   * Keywords: the ids of the resolved places of the article's locations and of every place that
   * contains them ({@code geonames:703448}, {@code admin1:UA.12}, {@code country:UA}).
   */
  static final String PLACE_WITHIN = "place.within";
  /** LatLonPoint and LatLonDocValuesField, one per resolved place of the article. */
  static final String PLACE_POINT = "place.point";

  /**
   * Stored binary: the tagged text as the tagger found it, kept only when a {@link Curation}
   * changed it (so that a later curation starts again from the tagger's result).
   */
  static final String TAGGED_ORIGINAL = "tagged.original";

  /** Separates key and display name in the entity doc-values field. */
  static final char KEY_NAME_SEPARATOR = '\u001F';

  /**
   * Keyword terms longer than this many UTF-8 bytes are not indexed (Lucene's hard limit is
   * 32766); no real name or source is that long.
   */
  static final int MAX_KEYWORD_BYTES = 4096;

  /** How much more a title match counts than a body match. */
  static final float TITLE_BOOST = 2.0f;

  /** Title and body: analysed, positions and offsets in postings (for highlighting), stored. */
  static final FieldType TEXT_WITH_OFFSETS = new FieldType();

  /** Entity keys: one term per entity with term frequency = mention count; no positions or norms. */
  static final FieldType ENTITY_KEYS = new FieldType();

  static {
    TEXT_WITH_OFFSETS.setTokenized(true);
    TEXT_WITH_OFFSETS.setStored(true);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();

    ENTITY_KEYS.setTokenized(true);
    ENTITY_KEYS.setOmitNorms(true);
    ENTITY_KEYS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    ENTITY_KEYS.freeze();
  }

  private Schema() {}

  /** Keys of the entities of {@code type}, term frequency = mentions. */
  static String keys(EntityType type) {
    return type.field() + ".key";
  }

  /** Analysed canonical names and mention forms of the entities of {@code type}. */
  static String names(EntityType type) {
    return type.field() + ".names";
  }

  /** {@link io.github.dossier.NameNormalizer Normalized} canonical names and forms (keywords). */
  static String exact(EntityType type) {
    return type.field() + ".exact";
  }

  /** Sorted-set doc values of {@code key + U+001F + display name}. */
  static String facet(EntityType type) {
    return type.field() + ".facet";
  }

  /** Whether {@code term} is short enough to be indexed as a keyword. */
  static boolean keywordFits(String term) {
    return term.length() * 3 <= MAX_KEYWORD_BYTES
        || term.getBytes(StandardCharsets.UTF_8).length <= MAX_KEYWORD_BYTES;
  }
}
