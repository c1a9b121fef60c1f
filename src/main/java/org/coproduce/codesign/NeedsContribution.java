package org.coproduce.codesign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One panel member's needs and priorities for the service. */
@Entity
@Table(name = "needs_contribution")
public class NeedsContribution {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "codesign_seq")
  @SequenceGenerator(name = "codesign_seq", sequenceName = "codesign_seq", allocationSize = 50)
  private Long id;
  @Column(name = "case_ref")
  private String caseRef;
  @Column(name = "member_id")
  private String memberId;
  private String needs;
  private String priorities;
  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected NeedsContribution() {
  }

  NeedsContribution(String caseRef, String memberId) {
    this.caseRef = caseRef;
    this.memberId = memberId;
  }

  void update(String needs, String priorities, Instant at) {
    this.needs = needs;
    this.priorities = priorities;
    this.submittedAt = at;
  }

  public String getCaseRef() {
    return caseRef;
  }

  public String getMemberId() {
    return memberId;
  }

  public String getNeeds() {
    return needs;
  }

  public String getPriorities() {
    return priorities;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
