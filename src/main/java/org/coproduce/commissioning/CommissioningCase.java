package org.coproduce.commissioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One commissioning of one service. Its reference names the panel group, the documents and the OCDS ocid. */
@Entity
@Table(name = "commissioning_case")
public class CommissioningCase {

  @Id
  private Long id;
  private String ref;
  @Column(name = "service_area")
  private String serviceArea;
  private String title;
  @Column(name = "problem_statement")
  private String problemStatement;
  @Column(name = "budget_line_code")
  private String budgetLineCode;
  @Column(name = "envelope_amount")
  private BigDecimal envelopeAmount;
  private String currency;
  @Column(name = "target_award_date")
  private LocalDate targetAwardDate;
  @Column(name = "target_service_start")
  private LocalDate targetServiceStart;
  @Column(name = "officer_id")
  private String officerId;
  @Enumerated(EnumType.STRING)
  private CaseStatus status;
  @Column(name = "opened_at")
  private Instant openedAt;
  @Version
  private long version;

  protected CommissioningCase() {
  }

  CommissioningCase(long id, String ref, String serviceArea, String title, String problemStatement, String budgetLineCode,
      BigDecimal envelopeAmount, String currency, LocalDate targetAwardDate, LocalDate targetServiceStart,
      String officerId, Instant openedAt) {
    this.id = id;
    this.ref = ref;
    this.serviceArea = serviceArea;
    this.title = title;
    this.problemStatement = problemStatement;
    this.budgetLineCode = budgetLineCode;
    this.envelopeAmount = envelopeAmount;
    this.currency = currency;
    this.targetAwardDate = targetAwardDate;
    this.targetServiceStart = targetServiceStart;
    this.officerId = officerId;
    this.openedAt = openedAt;
    this.status = CaseStatus.OPENED;
  }

  void moveTo(CaseStatus next) {
    this.status = next;
  }

  public Long getId() {
    return id;
  }

  public String getRef() {
    return ref;
  }

  public String getServiceArea() {
    return serviceArea;
  }

  public String getTitle() {
    return title;
  }

  public String getProblemStatement() {
    return problemStatement;
  }

  public String getBudgetLineCode() {
    return budgetLineCode;
  }

  public BigDecimal getEnvelopeAmount() {
    return envelopeAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getTargetAwardDate() {
    return targetAwardDate;
  }

  public LocalDate getTargetServiceStart() {
    return targetServiceStart;
  }

  public String getOfficerId() {
    return officerId;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
