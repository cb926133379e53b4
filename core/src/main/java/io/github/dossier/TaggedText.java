package io.github.dossier;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link EntityTagger} found in a text: its sentences and its entities.
 *
 * <p>Offsets of sentences and mentions point into the text that was tagged.
 */
public record TaggedText(List<Sentence> sentences, List<Entity> entities) {
  public TaggedText {
    sentences = ImmutableList.copyOf(checkNotNull(sentences, "sentences"));
    entities = ImmutableList.copyOf(checkNotNull(entities, "entities"));
  }

  /** A text with no sentences and no entities. */
  public static TaggedText empty() {
    return new TaggedText(List.of(), List.of());
  }

  /** The entities of one type, in the order the tagger returned them. */
  public List<Entity> entities(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).collect(ImmutableList.toImmutableList());
  }

  /** The entity with this key and type, if the text has one. */
  public Optional<Entity> entity(EntityType type, String key) {
    return entities.stream().filter(e -> e.type() == type && e.key().equals(key)).findFirst();
  }
}
