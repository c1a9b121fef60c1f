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

/** A tender's data key, only ever stored wrapped by the master key. Written once. */
@Entity
@Immutable
@Table(name = "bid_data_key")
class BidDataKey implements Persistable<UUID> {

  @Id
  @Column(name = "tender_id")
  private UUID tenderId;
  @Column(name = "wrapped_key")
  private byte[] wrappedKey;
  @Column(name = "master_key_id")
  private String masterKeyId;
  @Column(name = "created_at")
  private Instant createdAt;

  protected BidDataKey() {
  }

  BidDataKey(UUID tenderId, byte[] wrappedKey, String masterKeyId, Instant createdAt) {
    this.tenderId = tenderId;
    this.wrappedKey = wrappedKey;
    this.masterKeyId = masterKeyId;
    this.createdAt = createdAt;
  }

  @Override
  public UUID getId() {
    return tenderId;
  }

  /** Always inserted, never merged: spares Hibernate the select it would issue for an assigned id. */
  @Override
  public boolean isNew() {
    return isNew;
  }

  @Transient
  private boolean isNew = true;

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
  }

  byte[] wrappedKey() {
    return wrappedKey.clone();
  }

  String masterKeyId() {
    return masterKeyId;
  }
}
