package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The co-occurrence network of the articles matching a query, as returned by {@link
 * ArticleIndex#network}: the entities named in most of them and the pairs that occur together.
 * Write it for Gephi and other tools with {@link NetworkFormat}.
 *
 * @param level the unit of co-occurrence
 * @param units how many units were counted: matching articles, or all their sentences
 * @param nodes the entities, ranked by articles, then mentions (both descending), then name
 * @param edges every pair of nodes occurring together in at least the requested number of units,
 *     most units first, then by log-likelihood (descending), then by the nodes' ranks
 */
public record Network(
    CoOccurrenceLevel level, long units, List<NetworkNode> nodes, List<NetworkEdge> edges) {
  /** Checks that no component is null and copies the lists to immutable ones. */
  public Network {
    checkNotNull(level, "level");
    checkArgument(units >= 0, "units must be >= 0, got %s", units);
    nodes = ImmutableList.copyOf(nodes);
    edges = ImmutableList.copyOf(edges);
  }
}
