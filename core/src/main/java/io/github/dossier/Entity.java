package io.github.dossier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.util.List;

/**
 * A named entity of one text: a person, place or organization with all the places where that
 * text names it.
 *
 * <p>{@code key} identifies the entity across articles (a normalized form of its canonical name,
 * such as {@code "volodymyr zelenskyy"}); {@code name} is its display name ("Volodymyr
 * Zelenskyy"). Within one text, every short or variant form ("Zelenskyy") is a mention of the
 * entity with the fullest name, so one mention never belongs to two entities.
 */
public record Entity(String key, String name, EntityType type, List<Mention> mentions) {
  public Entity {
    checkNotNull(key, "key");
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkArgument(!key.isBlank(), "entity key must not be blank");
    checkArgument(!name.isBlank(), "entity name must not be blank");
    mentions = ImmutableList.copyOf(mentions);
  }

  /** How many times the text names this entity. */
  public int mentionCount() {
    return mentions.size();
  }

  /** The distinct forms the text uses for this entity, with how often each is used. */
  public ImmutableMultiset<String> forms() {
    return mentions.stream().map(Mention::text).collect(ImmutableMultiset.toImmutableMultiset());
  }
}
