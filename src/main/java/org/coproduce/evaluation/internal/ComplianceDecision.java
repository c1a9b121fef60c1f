package org.coproduce.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** The officer's compliance decision on one bid; taken once. */
@Entity
@Immutable
@Table(name = "evaluation_compliance")
class ComplianceDecision implements Persistable<UUID> {

  @Id
  @Column(name = "bid_id")
  private UUID bidId;
  @Column(name = "tender_id")
  private UUID tenderId;
  private boolean compliant;
  private String reason;
  @Column(name = "decided_by")
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;

  @Transient
  private boolean isNew = true;

  protected ComplianceDecision() {
  }

  ComplianceDecision(UUID bidId, UUID tenderId, boolean compliant, String reason, String decidedBy,
      Instant decidedAt) {
    this.bidId = bidId;
    this.tenderId = tenderId;
    this.compliant = compliant;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  @Override
  public UUID getId() {
    return bidId;
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

  UUID bidId() {
    return bidId;
  }

  boolean compliant() {
    return compliant;
  }

  String reason() {
    return reason;
  }

  String decidedBy() {
    return decidedBy;
  }

  Instant decidedAt() {
    return decidedAt;
  }
}
