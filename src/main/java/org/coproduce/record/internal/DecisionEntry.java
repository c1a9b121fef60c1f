package org.coproduce.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.record.RecordedDecision;
import org.hibernate.annotations.Immutable;

/** A row of the decision record. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "decision_record")
class DecisionEntry {

  @Id
  private long seq;
  @Column(name = "case_ref")
  private String caseRef;
  private String actor;
  @Column(name = "actor_role")
  private String role;
  private String action;
  @Column(name = "rule_applied")
  private String rule;
  private String outcome;
  private String details;
  @Column(name = "data_digest")
  private String dataDigest;
  @Column(name = "recorded_at")
  private Instant recordedAt;
  @Column(name = "prev_hash")
  private String prevHash;
  @Column(name = "entry_hash")
  private String hash;

  protected DecisionEntry() {
  }

  DecisionEntry(RecordedDecision d) {
    this.seq = d.seq();
    this.caseRef = d.caseRef();
    this.actor = d.actor();
    this.role = d.role();
    this.action = d.action();
    this.rule = d.rule();
    this.outcome = d.outcome();
    this.details = d.details();
    this.dataDigest = d.dataDigest();
    this.recordedAt = d.recordedAt();
    this.prevHash = d.prevHash();
    this.hash = d.hash();
  }

  RecordedDecision view() {
    return new RecordedDecision(seq, caseRef, actor, role, action, rule, outcome, details, dataDigest, recordedAt,
        prevHash, hash);
  }
}
