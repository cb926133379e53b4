package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An undirected edge of a co-occurrence {@link Network}: two entities that occur in the same
 * units, with the scores of {@link Association} computed over the network's units.
 *
 * @param source the entity ranked first among the network's nodes
 * @param target the other entity
 * @param together in how many units both occur
 * @param pmi pointwise mutual information {@code log2(k·N / (a·b))}, in bits
 * @param logLikelihood signed log-likelihood ratio G² (see {@link Association})
 */
public record NetworkEdge(EntityId source, EntityId target, long together, double pmi, double logLikelihood) {
  /** Checks that no component is null and the count is positive. */
  public NetworkEdge {
    checkNotNull(source, "source");
    checkNotNull(target, "target");
    checkArgument(together > 0, "together must be > 0, got %s", together);
  }
}
