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

/** One change the chair made to one score in moderation; the latest one for a score is its current value. */
@Entity
@Immutable
@Table(name = "evaluation_moderation")
class Moderation {

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
  @Column(name = "from_score")
  private int fromScore;
  @Column(name = "to_score")
  private int toScore;
  private String reason;
  @Column(name = "moderated_by")
  private String moderatedBy;
  @Column(name = "moderated_at")
  private Instant moderatedAt;
  private int round;

  protected Moderation() {
  }

  Moderation(UUID tenderId, UUID bidId, String evaluatorId, int criterionNo, String criterion, int fromScore,
      int toScore, String reason, String moderatedBy, Instant moderatedAt, int round) {
    this.tenderId = tenderId;
    this.bidId = bidId;
    this.evaluatorId = evaluatorId;
    this.criterionNo = criterionNo;
    this.criterion = criterion;
    this.fromScore = fromScore;
    this.toScore = toScore;
    this.reason = reason;
    this.moderatedBy = moderatedBy;
    this.moderatedAt = moderatedAt;
    this.round = round;
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

  int fromScore() {
    return fromScore;
  }

  int toScore() {
    return toScore;
  }

  String reason() {
    return reason;
  }

  String moderatedBy() {
    return moderatedBy;
  }

  Instant moderatedAt() {
    return moderatedAt;
  }

  int round() {
    return round;
  }
}
