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

/**
 * A raw score as the evaluator gave it: never updated (moderation adds {@link Moderation}s).
 * Ids come one at a time from the sequence while the evaluation row is locked, so a ranking can
 * name the last score it included.
 */
@Entity
@Immutable
@Table(name = "evaluation_score")
class Score {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
  @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 1)
  private Long id;
  @Column(name = "tender_id")
  private UUID tenderId;
  @Column(name = "bid_id")
  private UUID bidId;
  @Column(name = "evaluator_id")
  private String evaluatorId;
  @Column(name = "criterion_no")
  private int criterionNo;
  private String criterion;
  private int score;
  private String justification;
  @Column(name = "scored_at")
  private Instant scoredAt;

  protected Score() {
  }

  Score(UUID tenderId, UUID bidId, String evaluatorId, int criterionNo, String criterion, int score,
      String justification, Instant scoredAt) {
    this.tenderId = tenderId;
    this.bidId = bidId;
    this.evaluatorId = evaluatorId;
    this.criterionNo = criterionNo;
    this.criterion = criterion;
    this.score = score;
    this.justification = justification;
    this.scoredAt = scoredAt;
  }

  long id() {
    return id;
  }

  UUID bidId() {
    return bidId;
  }

  String evaluatorId() {
    return evaluatorId;
  }

  int criterionNo() {
    return criterionNo;
  }

  String criterion() {
    return criterion;
  }

  int score() {
    return score;
  }

  String justification() {
    return justification;
  }

  Instant scoredAt() {
    return scoredAt;
  }
}
