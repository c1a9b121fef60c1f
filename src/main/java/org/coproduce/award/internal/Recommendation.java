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

/** The outcome of the panel's vote on one round's recommended bid. */
@Entity
@Immutable
@Table(name = "award_recommendation")
class Recommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
  @SequenceGenerator(name = "award_seq", sequenceName = "award_seq", allocationSize = 1)
  private Long id;
  @Column(name = "tender_id")
  private UUID tenderId;
  private int round;
  @Column(name = "bid_id")
  private UUID bidId;
  @Column(name = "supplier_id")
  private String supplierId;
  private BigDecimal price;
  private boolean passed;
  private String tally;
  @Column(name = "concluded_at")
  private Instant concludedAt;

  protected Recommendation() {
  }

  Recommendation(UUID tenderId, int round, UUID bidId, String supplierId, BigDecimal price, boolean passed,
      String tally, Instant concludedAt) {
    this.tenderId = tenderId;
    this.round = round;
    this.bidId = bidId;
    this.supplierId = supplierId;
    this.price = price;
    this.passed = passed;
    this.tally = tally;
    this.concludedAt = concludedAt;
  }

  UUID bidId() {
    return bidId;
  }

  boolean passed() {
    return passed;
  }
}
