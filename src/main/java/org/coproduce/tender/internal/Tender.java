package org.coproduce.tender.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.BidWindow;
import org.coproduce.tender.TenderStatus;

/**
 * A published tender. Everything published is final: only the status moves, along
 * PUBLISHED → CLOSED → OPENED → AWARDED, or to CANCELLED before the award.
 */
@Entity
@Table(name = "tender")
public class Tender {

  @Id
  private UUID id;
  @Column(name = "case_ref")
  private String caseRef;
  private String ocid;
  private String title;
  private String summary;
  @Column(name = "document_id")
  private UUID documentId;
  @Column(name = "document_sha256")
  private String documentSha256;
  @Enumerated(EnumType.STRING)
  private TenderStatus status;
  @Column(name = "published_at")
  private Instant publishedAt;
  @Column(name = "published_by")
  private String publishedBy;
  @Column(name = "submission_deadline")
  private Instant submissionDeadline;
  @Column(name = "budget_ceiling")
  private BigDecimal budgetCeiling;
  private String currency;
  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  protected Tender() {
  }

  Tender(UUID id, String caseRef, String ocid, String title, String summary, UUID documentId, String documentSha256,
      Instant publishedAt, String publishedBy, Instant submissionDeadline, BigDecimal budgetCeiling, String currency) {
    this.id = id;
    this.caseRef = caseRef;
    this.ocid = ocid;
    this.title = title;
    this.summary = summary;
    this.documentId = documentId;
    this.documentSha256 = documentSha256;
    this.status = TenderStatus.PUBLISHED;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    this.submissionDeadline = submissionDeadline;
    this.budgetCeiling = budgetCeiling;
    this.currency = currency;
    this.statusChangedAt = publishedAt;
  }

  /** Criteria and weights are fixed at publication (DOMAIN.md rule 4): every change is refused. */
  void changeCriteria() {
    throw new BusinessRuleViolation("tender.criteria-frozen", "The award criteria and weights of tender "
        + ocid + " were fixed when it was published on " + publishedAt + " and cannot be changed.");
  }

  /** @return whether the status changed (false when it was already closed) */
  boolean close(Instant now) {
    if (status == TenderStatus.CLOSED) {
      return false;
    }
    requireStatus(EnumSet.of(TenderStatus.PUBLISHED), "close");
    if (now.isBefore(submissionDeadline)) {
      throw new BusinessRuleViolation("tender.deadline-not-reached", "Tender " + ocid
          + " cannot be closed before its submission deadline " + submissionDeadline + ".");
    }
    moveTo(TenderStatus.CLOSED, now);
    return true;
  }

  void markOpened(Instant now) {
    requireStatus(EnumSet.of(TenderStatus.PUBLISHED, TenderStatus.CLOSED), "open");
    if (now.isBefore(submissionDeadline)) {
      throw new BusinessRuleViolation("tender.deadline-not-reached", "The bids of tender " + ocid
          + " cannot be opened before its submission deadline " + submissionDeadline + ".");
    }
    moveTo(TenderStatus.OPENED, now);
  }

  void cancel(Instant now) {
    requireStatus(EnumSet.of(TenderStatus.PUBLISHED, TenderStatus.CLOSED, TenderStatus.OPENED), "cancel");
    moveTo(TenderStatus.CANCELLED, now);
  }

  void markAwarded(Instant now) {
    requireStatus(EnumSet.of(TenderStatus.OPENED), "award");
    moveTo(TenderStatus.AWARDED, now);
  }

  BidWindow window() {
    return new BidWindow(id, caseRef, ocid, status, submissionDeadline);
  }

  private void requireStatus(Set<TenderStatus> allowed, String what) {
    if (!allowed.contains(status)) {
      throw new BusinessRuleViolation("tender.status",
          "Tender " + ocid + " is " + status + "; it can only " + what + " when " + allowed + ".");
    }
  }

  private void moveTo(TenderStatus next, Instant now) {
    this.status = next;
    this.statusChangedAt = now;
  }

  UUID id() {
    return id;
  }

  String caseRef() {
    return caseRef;
  }

  String ocid() {
    return ocid;
  }

  String title() {
    return title;
  }

  String summary() {
    return summary;
  }

  UUID documentId() {
    return documentId;
  }

  String documentSha256() {
    return documentSha256;
  }

  TenderStatus status() {
    return status;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  Instant submissionDeadline() {
    return submissionDeadline;
  }

  BigDecimal budgetCeiling() {
    return budgetCeiling;
  }

  String currency() {
    return currency;
  }
}
