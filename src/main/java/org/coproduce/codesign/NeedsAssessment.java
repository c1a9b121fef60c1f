package org.coproduce.codesign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A version of the needs assessment the chair consolidated from the members' contributions. */
@Entity
@Immutable
@Table(name = "needs_assessment")
public class NeedsAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "codesign_seq")
  @SequenceGenerator(name = "codesign_seq", sequenceName = "codesign_seq", allocationSize = 50)
  private Long id;
  @Column(name = "case_ref")
  private String caseRef;
  private int version;
  private String assessment;
  @Column(name = "consolidated_by")
  private String consolidatedBy;
  @Column(name = "created_at")
  private Instant createdAt;

  protected NeedsAssessment() {
  }

  NeedsAssessment(String caseRef, int version, String assessment, String consolidatedBy, Instant createdAt) {
    this.caseRef = caseRef;
    this.version = version;
    this.assessment = assessment;
    this.consolidatedBy = consolidatedBy;
    this.createdAt = createdAt;
  }

  public String getCaseRef() {
    return caseRef;
  }

  public int getVersion() {
    return version;
  }

  public String getAssessment() {
    return assessment;
  }

  public String getConsolidatedBy() {
    return consolidatedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
