package org.coproduce.award.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduce.award.ContractView;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** The awarded contract: at most one per tender. */
@Entity
@Immutable
@Table(name = "award_contract")
class Contract implements Persistable<UUID> {

  @Id
  private UUID id;
  @Column(name = "tender_id")
  private UUID tenderId;
  @Column(name = "case_ref")
  private String caseRef;
  private String ocid;
  private int round;
  @Column(name = "bid_id")
  private UUID bidId;
  @Column(name = "supplier_id")
  private String supplierId;
  @Column(name = "contract_value")
  private BigDecimal contractValue;
  private String currency;
  @Column(name = "start_date")
  private LocalDate startDate;
  @Column(name = "end_date")
  private LocalDate endDate;
  @Column(name = "awarded_at")
  private Instant awardedAt;
  @Column(name = "awarded_by")
  private String awardedBy;

  @Transient
  private boolean isNew = true;

  protected Contract() {
  }

  Contract(UUID id, UUID tenderId, String caseRef, String ocid, int round, UUID bidId, String supplierId,
      BigDecimal contractValue, String currency, LocalDate startDate, LocalDate endDate, Instant awardedAt,
      String awardedBy) {
    this.id = id;
    this.tenderId = tenderId;
    this.caseRef = caseRef;
    this.ocid = ocid;
    this.round = round;
    this.bidId = bidId;
    this.supplierId = supplierId;
    this.contractValue = contractValue;
    this.currency = currency;
    this.startDate = startDate;
    this.endDate = endDate;
    this.awardedAt = awardedAt;
    this.awardedBy = awardedBy;
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

  ContractView view() {
    return new ContractView(id, tenderId, caseRef, ocid, bidId, supplierId, contractValue, currency, startDate,
        endDate, awardedAt, awardedBy, round);
  }
}
