package org.coproduce.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.panel.DeclarationView;

/** A member's conflict-of-interest declaration about the case, or about one bidder. Never changed. */
@Entity
@Table(name = "panel_declaration")
@org.hibernate.annotations.Immutable
class Declaration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "panel_id")
  private Long panelId;
  @Column(name = "member_id")
  private Long memberId;
  @Column(name = "member_user_id")
  private String memberUserId;
  @Column(name = "bidder_id")
  private String bidderId;
  @Column(name = "has_conflict")
  private boolean hasConflict;
  private String details;
  @Column(name = "declared_at")
  private Instant declaredAt;
  @Column(name = "declared_by")
  private String declaredBy;

  protected Declaration() {
  }

  Declaration(Long panelId, Long memberId, String memberUserId, String bidderId, boolean hasConflict, String details,
      Instant declaredAt, String declaredBy) {
    this.panelId = panelId;
    this.memberId = memberId;
    this.memberUserId = memberUserId;
    this.bidderId = bidderId;
    this.hasConflict = hasConflict;
    this.details = details;
    this.declaredAt = declaredAt;
    this.declaredBy = declaredBy;
  }

  String bidderId() {
    return bidderId;
  }

  boolean hasConflict() {
    return hasConflict;
  }

  DeclarationView view(String caseRef) {
    return new DeclarationView(id, caseRef, memberUserId, bidderId, hasConflict, details, declaredAt, declaredBy);
  }
}
