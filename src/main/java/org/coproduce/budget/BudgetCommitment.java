package org.coproduce.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The amount one case has committed against a budget line (at most one per case). */
@Entity
@Table(name = "budget_commitment")
public class BudgetCommitment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_commitment_seq")
  @SequenceGenerator(name = "budget_commitment_seq", sequenceName = "budget_commitment_seq", allocationSize = 1)
  private Long id;
  @Column(name = "line_code")
  private String lineCode;
  @Column(name = "case_ref")
  private String caseRef;
  private BigDecimal amount;
  @Column(name = "committed_by")
  private String committedBy;
  @Column(name = "committed_at")
  private Instant committedAt;

  protected BudgetCommitment() {
  }

  BudgetCommitment(String lineCode, String caseRef, BigDecimal amount, String committedBy, Instant committedAt) {
    this.lineCode = lineCode;
    this.caseRef = caseRef;
    this.amount = amount;
    this.committedBy = committedBy;
    this.committedAt = committedAt;
  }

  public String getLineCode() {
    return lineCode;
  }

  public String getCaseRef() {
    return caseRef;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCommittedBy() {
    return committedBy;
  }

  public Instant getCommittedAt() {
    return committedAt;
  }
}
