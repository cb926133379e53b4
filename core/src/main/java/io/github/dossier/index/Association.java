package io.github.dossier.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How strongly an entity is associated with the target of a {@link CoOccurrences} query, with
 * the raw counts behind the scores.
 *
 * <p>Over {@code N} units (articles or sentences, see {@link CoOccurrences#units()}), of which
 * {@code a} name the target, {@code b} name this entity ({@code occurrences}) and {@code k} name
 * both ({@code together}):
 *
 * <ul>
 *   <li>{@code pmi} is the pointwise mutual information {@code log2(k·N / (a·b))}: 0 when the two
 *       co-occur as often as if independent, 1 when twice as often;
 *   <li>{@code logLikelihood} is Dunning's (1993) log-likelihood ratio {@code G² = 2 Σ O·ln(O/E)}
 *       over the four cells of the 2×2 table (O11 = k, O12 = a−k, O21 = b−k, O22 = N−a−b+k; each
 *       expected count E = row total × column total / N; a cell with O = 0 adds 0), made negative
 *       when the two co-occur less often than expected (k &lt; a·b/N). Unlike PMI it grows with the
 *       evidence, so rare pairs do not dominate; results are ranked by it.
 * </ul>
 *
 * @param entity the associated entity
 * @param name its display name
 * @param together in how many units it occurs with the target (k)
 * @param occurrences in how many units it occurs at all (b)
 * @param pmi pointwise mutual information, in bits
 * @param logLikelihood signed log-likelihood ratio G²
 */
public record Association(
    EntityId entity, String name, long together, long occurrences, double pmi, double logLikelihood) {
  /** Checks that no component is null and the counts are consistent. */
  public Association {
    checkNotNull(entity, "entity");
    checkNotNull(name, "name");
    checkArgument(together >= 0 && together <= occurrences,
        "together (%s) must be between 0 and occurrences (%s)", together, occurrences);
  }
}
