package org.coproduce.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.evaluation.EvaluatedBid;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** An opened bid as the evaluation took it from the opening: who, what price, which receipt. */
@Entity
@Immutable
@Table(name = "evaluation_bid")
class EvaluationBid implements Persistable<UUID> {

  @Id
  @Column(name = "bid_id")
  private UUID bidId;
  @Column(name = "tender_id")
  private UUID tenderId;
  @Column(name = "supplier_id")
  private String supplierId;
  private BigDecimal price;
  @Column(name = "received_at")
  private Instant receivedAt;
  @Column(name = "receipt_sha256")
  private String receiptSha256;
  @Column(name = "opened_order")
  private int openedOrder;

  @Transient
  private boolean isNew = true;

  protected EvaluationBid() {
  }

  EvaluationBid(UUID bidId, UUID tenderId, String supplierId, BigDecimal price, Instant receivedAt,
      String receiptSha256, int openedOrder) {
    this.bidId = bidId;
    this.tenderId = tenderId;
    this.supplierId = supplierId;
    this.price = price;
    this.receivedAt = receivedAt;
    this.receiptSha256 = receiptSha256;
    this.openedOrder = openedOrder;
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

  UUID tenderId() {
    return tenderId;
  }

  String supplierId() {
    return supplierId;
  }

  BigDecimal price() {
    return price;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  EvaluatedBid view() {
    return new EvaluatedBid(bidId, tenderId, supplierId, price, receivedAt, receiptSha256);
  }
}
