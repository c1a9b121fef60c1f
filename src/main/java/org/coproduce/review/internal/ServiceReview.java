package org.coproduce.review.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduce.review.Finding;
import org.coproduce.review.ReviewView;
import org.hibernate.annotations.Immutable;

/** A review as recorded; never changed afterwards. */
@Entity
@Immutable
@Table(name = "service_review")
public class ServiceReview implements Persistable<UUID> {

  @Id
  private UUID id;
  @Column(name = "case_ref")
  private String caseRef;
  @Column(name = "review_no")
  private int number;
  @Column(name = "reviewed_by")
  private String reviewedBy;
  @Column(name = "reviewed_at")
  private Instant reviewedAt;
  private int rating;
  private String summary;
  @OneToMany(cascade = CascadeType.PERSIST)
  @JoinColumn(name = "review_id", nullable = false)
  @OrderBy("position")
  private List<ReviewFinding> findings = new ArrayList<>();

  /** Ids are assigned here, so Spring Data must be told a new review is new (persist, not merge). */
  @Transient
  private boolean isNew = true;

  protected ServiceReview() {
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
  void markStored() {
    isNew = false;
  }

  public ServiceReview(String caseRef, int number, String reviewedBy, Instant reviewedAt, int rating, String summary,
      List<Finding> findings) {
    this.id = UUID.randomUUID();
    this.caseRef = caseRef;
    this.number = number;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
    this.rating = rating;
    this.summary = summary;
    findings.forEach(f -> this.findings.add(new ReviewFinding(f)));
  }

  public ReviewView view() {
    return new ReviewView(id, caseRef, number, reviewedBy, reviewedAt, rating, summary,
        findings.stream().map(ReviewFinding::view).toList());
  }
}
