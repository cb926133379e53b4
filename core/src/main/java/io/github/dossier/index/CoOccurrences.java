package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The entities most associated with a target entity, as returned by {@link
 * ArticleIndex#cooccurrences}.
 *
 * <p>At {@link CoOccurrenceLevel#ARTICLE article} level the units are the articles matching the
 * query. At {@link CoOccurrenceLevel#SENTENCE sentence} level they are the sentences of those
 * matching articles that name the target: the scores then say whether an entity shares sentences
 * with the target more often than its presence in the same articles would explain.
 *
 * @param target the target entity
 * @param name the target's display name
 * @param level the unit of co-occurrence
 * @param units how many units were counted (N)
 * @param occurrences in how many units the target occurs (a)
 * @param associations the entities that occur with the target in at least one unit, ranked by
 *     {@link Association#logLikelihood()} (highest first), then together, then key, then type; at
 *     most the requested number
 */
public record CoOccurrences(
    EntityId target,
    String name,
    CoOccurrenceLevel level,
    long units,
    long occurrences,
    List<Association> associations) {
  /** Checks that no component is null and copies the associations to an immutable list. */
  public CoOccurrences {
    checkNotNull(target, "target");
    checkNotNull(name, "name");
    checkNotNull(level, "level");
    checkArgument(occurrences >= 0 && occurrences <= units,
        "occurrences (%s) must be between 0 and units (%s)", occurrences, units);
    associations = ImmutableList.copyOf(associations);
  }
}
