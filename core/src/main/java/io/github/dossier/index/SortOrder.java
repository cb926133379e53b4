package io.github.dossier.index;

/** The order in which {@link ArticleIndex#search(ArticleQuery, int, SortOrder)} returns hits. */
public enum SortOrder {
  /** Best match first (the default). */
  RELEVANCE,
  /** Most recently published first; ties by relevance; articles without a date last. */
  NEWEST_FIRST,
  /** Earliest published first; ties by relevance; articles without a date last. */
  OLDEST_FIRST
}
