package io.github.dossier.index;

/** What {@link ArticleIndex#add(io.github.dossier.Article)} did with an article. */
public enum IndexResult {
  /** The index had no article with this id; the article was added. */
  ADDED,
  /** The index had an article with this id; it was replaced by the new one. */
  UPDATED
}
