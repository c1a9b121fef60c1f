package org.coproduce.codesign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A version of the co-designed service specification. Each redraft is a new version. */
@Entity
@Table(name = "specification")
public class Specification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "codesign_seq")
  @SequenceGenerator(name = "codesign_seq", sequenceName = "codesign_seq", allocationSize = 50)
  private Long id;
  @Column(name = "case_ref")
  private String caseRef;
  private int version;
  private String outcomes;
  @Column(name = "service_levels")
  private String serviceLevels;
  @Column(name = "duration_months")
  private int durationMonths;
  @Column(name = "estimated_value")
  private BigDecimal estimatedValue;
  @Column(name = "plain_summary")
  private String plainSummary;
  @Enumerated(EnumType.STRING)
  private SpecificationStatus status;
  @Column(name = "drafted_by")
  private String draftedBy;
  @Column(name = "drafted_at")
  private Instant draftedAt;

  protected Specification() {
  }

  Specification(String caseRef, int version, SpecificationDraft draft, String draftedBy, Instant draftedAt) {
    this.caseRef = caseRef;
    this.version = version;
    this.outcomes = draft.outcomes().trim();
    this.serviceLevels = draft.serviceLevels().trim();
    this.durationMonths = draft.durationMonths();
    this.estimatedValue = draft.estimatedValue();
    this.plainSummary = draft.plainSummary().trim();
    this.status = SpecificationStatus.DRAFT;
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
  }

  void moveTo(SpecificationStatus next) {
    this.status = next;
  }

  public Long getId() {
    return id;
  }

  public String getCaseRef() {
    return caseRef;
  }

  public int getVersion() {
    return version;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public String getServiceLevels() {
    return serviceLevels;
  }

  public int getDurationMonths() {
    return durationMonths;
  }

  public BigDecimal getEstimatedValue() {
    return estimatedValue;
  }

  public String getPlainSummary() {
    return plainSummary;
  }

  public SpecificationStatus getStatus() {
    return status;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public Instant getDraftedAt() {
    return draftedAt;
  }
}
