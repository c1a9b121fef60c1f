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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One member's vote on one version of a subject, with its comment. Votes are never changed. */
@Entity
@Immutable
@Table(name = "panel_vote")
public class PanelVote {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "codesign_seq")
  @SequenceGenerator(name = "codesign_seq", sequenceName = "codesign_seq", allocationSize = 50)
  private Long id;
  @Column(name = "case_ref")
  private String caseRef;
  @Enumerated(EnumType.STRING)
  private VoteSubject subject;
  @Column(name = "subject_version")
  private int subjectVersion;
  @Column(name = "member_id")
  private String memberId;
  private boolean approve;
  @Column(name = "vote_comment")
  private String comment;
  @Column(name = "cast_at")
  private Instant castAt;

  protected PanelVote() {
  }

  PanelVote(String caseRef, VoteSubject subject, int subjectVersion, String memberId, boolean approve,
      String comment, Instant castAt) {
    this.caseRef = caseRef;
    this.subject = subject;
    this.subjectVersion = subjectVersion;
    this.memberId = memberId;
    this.approve = approve;
    this.comment = comment;
    this.castAt = castAt;
  }

  public String getCaseRef() {
    return caseRef;
  }

  public VoteSubject getSubject() {
    return subject;
  }

  public int getSubjectVersion() {
    return subjectVersion;
  }

  public String getMemberId() {
    return memberId;
  }

  public boolean isApprove() {
    return approve;
  }

  public String getComment() {
    return comment;
  }

  public Instant getCastAt() {
    return castAt;
  }
}
