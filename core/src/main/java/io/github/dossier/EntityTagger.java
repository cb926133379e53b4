package io.github.dossier;

/**
 * Finds the sentences and named entities of a text: the extension point through which Dossier
 * learns who and where an article is about.
 *
 * <p>An implementation splits the text into sentences, finds the names of people, places and
 * organizations, and groups the mentions that refer to the same entity (a later "Putin" joins an
 * earlier "Vladimir Putin"). The {@code dossier-analyzers} module provides an OpenNLP-based
 * implementation; any other implementation can be passed to {@link
 * io.github.dossier.index.ArticleIndex}.
 *
 * <p>Implementations must be safe for concurrent use by many threads.
 */
@FunctionalInterface
public interface EntityTagger {

  /**
   * Tags {@code text}. Offsets in the result point into {@code text} exactly as given.
   *
   * @throws NullPointerException if {@code text} is null
   */
  TaggedText tag(String text);

  /** A tagger that finds no entity: articles are indexed for full text only. */
  static EntityTagger none() {
    return text -> TaggedText.empty();
  }
}
