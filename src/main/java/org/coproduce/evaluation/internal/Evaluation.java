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
import org.springframework.data.domain.Persistable;

/**
 * The evaluation of one tender: started once after the opening, with the scale it is scored on.
 * Its row is locked while scores, moderations and rankings are written, so they are ordered.
 */
@Entity
@Table(name = "evaluation")
class Evaluation implements Persistable<UUID> {

  @Id
  @Column(name = "tender_id")
  private UUID tenderId;
  @Column(name = "case_ref")
  private String caseRef;
  @Column(name = "scale_max")
  private int scaleMax;
  @Column(name = "started_at")
  private Instant startedAt;

  @Transient
  private boolean isNew = true;

  protected Evaluation() {
  }

  Evaluation(UUID tenderId, String caseRef, int scaleMax, Instant startedAt) {
    this.tenderId = tenderId;
    this.caseRef = caseRef;
    this.scaleMax = scaleMax;
    this.startedAt = startedAt;
  }

  @Override
  public UUID getId() {
    return tenderId;
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

  UUID tenderId() {
    return tenderId;
  }

  String caseRef() {
    return caseRef;
  }

  int scaleMax() {
    return scaleMax;
  }
}
