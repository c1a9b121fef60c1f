package org.coproduce.award.internal;

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

/** The approver's decision on one round's recommendation, within delegated authority. */
@Entity
@Immutable
@Table(name = "award_approval")
class Approval {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
  @SequenceGenerator(name = "award_seq", sequenceName = "award_seq", allocationSize = 1)
  private Long id;
  @Column(name = "tender_id")
  private UUID tenderId;
  private int round;
  @Column(name = "approver_id")
  private String approverId;
  private boolean approved;
  private String reason;
  @Column(name = "contract_value")
  private BigDecimal contractValue;
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected Approval() {
  }

  Approval(UUID tenderId, int round, String approverId, boolean approved, String reason, BigDecimal contractValue,
      Instant decidedAt) {
    this.tenderId = tenderId;
    this.round = round;
    this.approverId = approverId;
    this.approved = approved;
    this.reason = reason;
    this.contractValue = contractValue;
    this.decidedAt = decidedAt;
  }

  String approverId() {
    return approverId;
  }

  boolean approved() {
    return approved;
  }

  Instant decidedAt() {
    return decidedAt;
  }
}
