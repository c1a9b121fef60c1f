package org.coproduce.award.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.award.ChallengeStatus;
import org.coproduce.award.ChallengeView;
import org.springframework.data.domain.Persistable;

/** A bidder's challenge; open until a reviewer upholds or dismisses it. */
@Entity
@Table(name = "award_challenge")
class Challenge implements Persistable<UUID> {

  @Id
  private UUID id;
  @Column(name = "tender_id")
  private UUID tenderId;
  private int round;
  @Column(name = "supplier_id")
  private String supplierId;
  private String grounds;
  @Column(name = "lodged_at")
  private Instant lodgedAt;
  @Enumerated(EnumType.STRING)
  private ChallengeStatus status;
  @Column(name = "decided_by")
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "decision_reason")
  private String decisionReason;

  @Transient
  private boolean isNew = true;

  protected Challenge() {
  }

  Challenge(UUID id, UUID tenderId, int round, String supplierId, String grounds, Instant lodgedAt) {
    this.id = id;
    this.tenderId = tenderId;
    this.round = round;
    this.supplierId = supplierId;
    this.grounds = grounds;
    this.lodgedAt = lodgedAt;
    this.status = ChallengeStatus.OPEN;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
  }

  void decide(boolean upheld, String reviewerId, String reason, Instant at) {
    if (status != ChallengeStatus.OPEN) {
      throw new IllegalStateException("Challenge " + id + " is already " + status);
    }
    status = upheld ? ChallengeStatus.UPHELD : ChallengeStatus.DISMISSED;
    decidedBy = reviewerId;
    decisionReason = reason;
    decidedAt = at;
  }

  UUID id() {
    return id;
  }

  String supplierId() {
    return supplierId;
  }

  int round() {
    return round;
  }

  ChallengeStatus status() {
    return status;
  }

  ChallengeView view() {
    return new ChallengeView(id, tenderId, supplierId, grounds, lodgedAt, round, status, decidedBy, decidedAt,
        decisionReason);
  }
}
