package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The result of {@link ArticleIndex#mentions}: how many articles name the entity (or both
 * entities) and the sentences that do, newest article first.
 *
 * @param articles how many articles matching the query name the entity (with two entities: name
 *     both, anywhere in the article)
 * @param sentences the matching sentences, at most the requested limit: articles newest first
 *     (undated last, ties by id), sentences in text order
 */
public record MentionResults(long articles, List<MentionInContext> sentences) {
  /** Checks the count and copies the sentences to an immutable list. */
  public MentionResults {
    checkArgument(articles >= 0, "articles must be >= 0, got %s", articles);
    sentences = ImmutableList.copyOf(sentences);
  }
}
