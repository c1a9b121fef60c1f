package org.coproduce.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A spread of scores flagged for moderation, as it was when flagged. */
@Entity
@Immutable
@Table(name = "evaluation_outlier")
class OutlierFlag {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
  @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 1)
  private Long id;
  @Column(name = "tender_id")
  private UUID tenderId;
  private int round;
  @Column(name = "bid_id")
  private UUID bidId;
  @Column(name = "criterion_no")
  private int criterionNo;
  private String criterion;
  @Column(name = "min_score")
  private int minScore;
  @Column(name = "max_score")
  private int maxScore;
  @Column(name = "allowed_spread")
  private int allowedSpread;
  @Column(name = "flagged_at")
  private Instant flaggedAt;

  protected OutlierFlag() {
  }

  OutlierFlag(UUID tenderId, int round, UUID bidId, int criterionNo, String criterion, int minScore, int maxScore,
      int allowedSpread, Instant flaggedAt) {
    this.tenderId = tenderId;
    this.round = round;
    this.bidId = bidId;
    this.criterionNo = criterionNo;
    this.criterion = criterion;
    this.minScore = minScore;
    this.maxScore = maxScore;
    this.allowedSpread = allowedSpread;
    this.flaggedAt = flaggedAt;
  }
}
