package org.coproduce.bidding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One version of a bid as received: its receipt (time, hash) and its content as AES-GCM
 * ciphertext. Written once and kept for the record, also when replaced or withdrawn.
 */
@Entity
@Immutable
@Table(name = "bid_version")
class BidVersion implements Persistable<BidVersion.Key> {

  @Embeddable
  record Key(@Column(name = "bid_id") UUID bidId, @Column(name = "version") int version) implements Serializable {
  }

  @EmbeddedId
  private Key key;
  @Column(name = "received_at")
  private Instant receivedAt;
  @Column(name = "content_sha256")
  private String contentSha256;
  @Column(name = "content_bytes")
  private int contentBytes;
  private byte[] nonce;
  private byte[] ciphertext;

  @Transient
  private boolean isNew = true;

  protected BidVersion() {
  }

  BidVersion(UUID bidId, int version, Instant receivedAt, String contentSha256, int contentBytes, byte[] nonce,
      byte[] ciphertext) {
    this.key = new Key(bidId, version);
    this.receivedAt = receivedAt;
    this.contentSha256 = contentSha256;
    this.contentBytes = contentBytes;
    this.nonce = nonce;
    this.ciphertext = ciphertext;
  }

  /** What the ciphertext is bound to: it decrypts only as this version of this bid of this supplier. */
  static String associatedData(UUID tenderId, UUID bidId, int version, String supplierId) {
    return "coproduce-bid:" + tenderId + ":" + bidId + ":" + version + ":" + supplierId;
  }

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
  }

  @Override
  public Key getId() {
    return key;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  UUID bidId() {
    return key.bidId();
  }

  int version() {
    return key.version();
  }

  Instant receivedAt() {
    return receivedAt;
  }

  String contentSha256() {
    return contentSha256;
  }

  byte[] nonce() {
    return nonce.clone();
  }

  byte[] ciphertext() {
    return ciphertext.clone();
  }
}
