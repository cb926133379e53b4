package io.github.dossier.index;

import java.io.IOException;

/**
 * Receives articles one at a time from {@link ArticleIndex#export}; may write them anywhere.
 * Throwing stops the export and is passed on to its caller.
 */
@FunctionalInterface
public interface ArticleVisitor {
  /** Handles one article, exactly as indexed (with its sentences and entities). */
  void visit(IndexedArticle article) throws IOException;
}
