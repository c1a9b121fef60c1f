package org.coproduce.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.coproduce.review.Assessment;
import org.coproduce.review.Finding;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "review_finding")
class ReviewFinding {

  @Id
  private UUID id;
  private int position;
  private String outcome;
  @Enumerated(EnumType.STRING)
  private Assessment assessment;
  private String evidence;

  protected ReviewFinding() {
  }

  ReviewFinding(Finding finding) {
    this.id = UUID.randomUUID();
    this.position = finding.position();
    this.outcome = finding.outcome();
    this.assessment = finding.assessment();
    this.evidence = finding.evidence();
  }

  Finding view() {
    return new Finding(position, outcome, assessment, evidence);
  }
}
