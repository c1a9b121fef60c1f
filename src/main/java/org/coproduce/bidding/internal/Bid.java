package org.coproduce.bidding.internal;

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
import org.springframework.data.domain.Persistable;

/**
 * A supplier's bid for a tender: who, when, which version is current, and the receipt of that
 * version. Holds no content: that lives only as ciphertext in {@link BidVersion}.
 */
@Entity
@Table(name = "bid")
class Bid implements Persistable<UUID> {

  enum Status { SUBMITTED, WITHDRAWN }

  @Id
  private UUID id;
  @Column(name = "tender_id")
  private UUID tenderId;
  @Column(name = "supplier_id")
  private String supplierId;
  @Column(name = "idempotency_key")
  private String idempotencyKey;
  @Enumerated(EnumType.STRING)
  private Status status;
  /** TRUE while submitted, NULL once withdrawn: the unique (tender, supplier, active) allows one live bid. */
  private Boolean active;
  @Column(name = "current_version")
  private int currentVersion;
  @Column(name = "received_at")
  private Instant receivedAt;
  @Column(name = "content_sha256")
  private String contentSha256;
  @Column(name = "first_received_at")
  private Instant firstReceivedAt;
  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Transient
  private boolean isNew = true;

  protected Bid() {
  }

  Bid(UUID id, UUID tenderId, String supplierId, String idempotencyKey, Instant receivedAt, String contentSha256) {
    this.id = id;
    this.tenderId = tenderId;
    this.supplierId = supplierId;
    this.idempotencyKey = idempotencyKey;
    this.status = Status.SUBMITTED;
    this.active = Boolean.TRUE;
    this.currentVersion = 1;
    this.receivedAt = receivedAt;
    this.contentSha256 = contentSha256;
    this.firstReceivedAt = receivedAt;
  }

  /** A new version replaces the current one; the earlier versions stay in bid_version. */
  int replace(Instant at, String sha256) {
    currentVersion++;
    receivedAt = at;
    contentSha256 = sha256;
    return currentVersion;
  }

  void withdraw(Instant at) {
    status = Status.WITHDRAWN;
    active = null;
    withdrawnAt = at;
  }

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
  }

  @Override
  public UUID getId() {
    return id;
  }

  /** Always inserted, never merged: spares Hibernate the select it would issue for an assigned id. */
  @Override
  public boolean isNew() {
    return isNew;
  }

  UUID tenderId() {
    return tenderId;
  }

  String supplierId() {
    return supplierId;
  }

  Status status() {
    return status;
  }

  int currentVersion() {
    return currentVersion;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  String contentSha256() {
    return contentSha256;
  }

  Instant firstReceivedAt() {
    return firstReceivedAt;
  }

  Instant withdrawnAt() {
    return withdrawnAt;
  }
}
