package org.coproduce.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One evaluation round's ranking as computed: which raw scores and moderations it included (every
 * one up to the cut-off ids) and the digest of its result, so that it can be recomputed and checked.
 */
@Entity
@Immutable
@Table(name = "evaluation_ranking")
class StoredRanking {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
  @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 1)
  private Long id;
  @Column(name = "tender_id")
  private UUID tenderId;
  private int round;
  @Column(name = "computed_at")
  private Instant computedAt;
  @Column(name = "computed_by")
  private String computedBy;
  @Column(name = "score_cutoff")
  private long scoreCutoff;
  @Column(name = "moderation_cutoff")
  private long moderationCutoff;
  @Column(name = "recommended_bid_id")
  private UUID recommendedBidId;
  @Column(name = "recommended_price")
  private BigDecimal recommendedPrice;
  @Column(name = "recommended_total")
  private BigDecimal recommendedTotal;
  private String digest;

  protected StoredRanking() {
  }

  StoredRanking(UUID tenderId, int round, Instant computedAt, String computedBy, long scoreCutoff,
      long moderationCutoff, UUID recommendedBidId, BigDecimal recommendedPrice, BigDecimal recommendedTotal,
      String digest) {
    this.tenderId = tenderId;
    this.round = round;
    this.computedAt = computedAt;
    this.computedBy = computedBy;
    this.scoreCutoff = scoreCutoff;
    this.moderationCutoff = moderationCutoff;
    this.recommendedBidId = recommendedBidId;
    this.recommendedPrice = recommendedPrice;
    this.recommendedTotal = recommendedTotal;
    this.digest = digest;
  }

  int round() {
    return round;
  }

  Instant computedAt() {
    return computedAt;
  }

  long scoreCutoff() {
    return scoreCutoff;
  }

  long moderationCutoff() {
    return moderationCutoff;
  }

  String digest() {
    return digest;
  }
}
