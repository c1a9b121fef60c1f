package org.coproduce.bidding.internal;

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

/** That a tender's bids were opened, when, by whom, and how many. Its presence unseals the content. */
@Entity
@Immutable
@Table(name = "bid_opening")
class Opening implements Persistable<UUID> {

  @Id
  @Column(name = "tender_id")
  private UUID tenderId;
  @Column(name = "opened_at")
  private Instant openedAt;
  @Column(name = "bid_count")
  private int bidCount;
  @Column(name = "withdrawn_count")
  private int withdrawnCount;
  @Column(name = "official_id")
  private String officialId;
  @Column(name = "witness_id")
  private String witnessId;
  @Transient
  private boolean isNew = true;

  protected Opening() {
  }

  Opening(UUID tenderId, Instant openedAt, int bidCount, int withdrawnCount, String officialId, String witnessId) {
    this.tenderId = tenderId;
    this.openedAt = openedAt;
    this.bidCount = bidCount;
    this.withdrawnCount = withdrawnCount;
    this.officialId = officialId;
    this.witnessId = witnessId;
  }

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
  }

  @Override
  public UUID getId() {
    return tenderId;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  Instant openedAt() {
    return openedAt;
  }

  int bidCount() {
    return bidCount;
  }

  int withdrawnCount() {
    return withdrawnCount;
  }

  String officialId() {
    return officialId;
  }

  String witnessId() {
    return witnessId;
  }
}
