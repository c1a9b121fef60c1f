package org.coproduce.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelMemberView;

/** A seat on a panel, held by a volunteer (citizen) or an official; replaced seats stay on record. */
@Entity
@Table(name = "panel_member")
class PanelMember {

  static final String ACTIVE = "ACTIVE";
  static final String REPLACED = "REPLACED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "panel_id")
  private Panel panel;
  @Enumerated(EnumType.STRING)
  private MemberKind kind;
  @ManyToOne
  @JoinColumn(name = "volunteer_id")
  private Volunteer volunteer;
  @ManyToOne
  @JoinColumn(name = "official_id")
  private Official official;
  private boolean chair;
  private String status;
  @Column(name = "seated_at")
  private Instant seatedAt;
  @Column(name = "replaced_at")
  private Instant replacedAt;
  @Column(name = "replacement_reason")
  private String replacementReason;
  @Column(name = "replaced_by")
  private Long replacedBy;
  @Column(name = "invited_at")
  private Instant invitedAt;

  protected PanelMember() {
  }

  static PanelMember citizen(Volunteer volunteer, Instant at) {
    PanelMember m = new PanelMember();
    m.kind = MemberKind.CITIZEN;
    m.volunteer = volunteer;
    m.status = ACTIVE;
    m.seatedAt = at;
    return m;
  }

  static PanelMember official(Official official, Instant at) {
    PanelMember m = new PanelMember();
    m.kind = MemberKind.OFFICIAL;
    m.official = official;
    m.status = ACTIVE;
    m.seatedAt = at;
    return m;
  }

  void attach(Panel panel) {
    this.panel = panel;
  }

  void replaced(Instant at, String reason, Long by) {
    this.status = REPLACED;
    this.replacedAt = at;
    this.replacementReason = reason;
    this.replacedBy = by;
    this.chair = false;
  }

  void chair(boolean chair) {
    this.chair = chair;
  }

  void invited(Instant at) {
    this.invitedAt = at;
  }

  Long id() {
    return id;
  }

  MemberKind kind() {
    return kind;
  }

  Volunteer volunteer() {
    return volunteer;
  }

  Official official() {
    return official;
  }

  boolean chair() {
    return chair;
  }

  boolean active() {
    return ACTIVE.equals(status);
  }

  /** The login; {@code null} for a volunteer without one before confirmation. */
  String userId() {
    return kind == MemberKind.CITIZEN ? volunteer.userId() : official.userId();
  }

  long personId() {
    return kind == MemberKind.CITIZEN ? volunteer.id() : official.id();
  }

  String name() {
    return kind == MemberKind.CITIZEN ? volunteer.name() : official.name();
  }

  PanelMemberView view() {
    return new PanelMemberView(id == null ? 0 : id, kind, personId(), userId(), name(), chair, status,
        replacementReason);
  }
}
