package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dossier.Article;
import io.github.dossier.TaggedText;

/**
 * An article as stored in an {@link ArticleIndex}: the article itself with its sentences and
 * entities exactly as they were indexed.
 */
public record IndexedArticle(Article article, TaggedText tagged) {
  /** Checks that no component is null and copies collections to immutable ones. */
  public IndexedArticle {
    checkNotNull(article, "article");
    checkNotNull(tagged, "tagged");
  }
}
