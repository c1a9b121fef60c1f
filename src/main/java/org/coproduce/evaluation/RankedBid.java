package org.coproduce.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One compliant bid's line in the ranking.
 *
 * @param criteria every criterion in published order, price included
 * @param qualityPoints the points of the scored (non-price) criteria
 * @param pricePoints the points of the price criterion: lowest compliant price / this price x weight
 * @param total qualityPoints + pricePoints, out of 100
 * @param rank 1 = recommended; ties are broken as docs/evaluation.md says, so ranks are distinct
 */
public record RankedBid(UUID bidId, String supplierId, BigDecimal price, Instant receivedAt,
    List<CriterionResult> criteria, BigDecimal qualityPoints, BigDecimal pricePoints, BigDecimal total, int rank) {

  public RankedBid {
    criteria = List.copyOf(criteria);
  }
}
