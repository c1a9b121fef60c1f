package org.coproduce.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The weighted ranking of a tender's compliant bids in one evaluation round, computed from the
 * stored raw scores and moderations (docs/evaluation.md).
 *
 * @param round the evaluation round; the panel's recommendation vote on it has this version
 * @param bids the compliant bids, best first
 * @param digest SHA-256 of the ranking's canonical form: recomputing gives the same digest
 */
public record Ranking(UUID tenderId, int round, int scaleMax, Instant computedAt, List<RankedBid> bids,
    String digest) {

  public Ranking {
    bids = List.copyOf(bids);
    if (bids.isEmpty()) {
      throw new IllegalArgumentException("A ranking ranks at least one bid");
    }
  }

  public RankedBid recommended() {
    return bids.get(0);
  }

  public UUID recommendedBidId() {
    return recommended().bidId();
  }

  public String recommendedSupplierId() {
    return recommended().supplierId();
  }

  public BigDecimal recommendedPrice() {
    return recommended().price();
  }

  public Optional<RankedBid> bid(UUID bidId) {
    return bids.stream().filter(b -> b.bidId().equals(bidId)).findFirst();
  }
}
