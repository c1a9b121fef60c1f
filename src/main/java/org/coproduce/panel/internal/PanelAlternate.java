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
import org.coproduce.panel.AlternateView;
import org.coproduce.panel.MemberKind;

/** An alternate, called on in rank order when a seat of its kind must be filled again. */
@Entity
@Table(name = "panel_alternate")
class PanelAlternate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "panel_id")
  private Panel panel;
  @Enumerated(EnumType.STRING)
  private MemberKind kind;
  @Column(name = "rank_in_list")
  private int rank;
  @ManyToOne
  @JoinColumn(name = "volunteer_id")
  private Volunteer volunteer;
  @ManyToOne
  @JoinColumn(name = "official_id")
  private Official official;
  private boolean used;

  protected PanelAlternate() {
  }

  static PanelAlternate citizen(int rank, Volunteer volunteer) {
    PanelAlternate a = new PanelAlternate();
    a.kind = MemberKind.CITIZEN;
    a.rank = rank;
    a.volunteer = volunteer;
    return a;
  }

  static PanelAlternate official(int rank, Official official) {
    PanelAlternate a = new PanelAlternate();
    a.kind = MemberKind.OFFICIAL;
    a.rank = rank;
    a.official = official;
    return a;
  }

  void attach(Panel panel) {
    this.panel = panel;
  }

  void use() {
    this.used = true;
  }

  MemberKind kind() {
    return kind;
  }

  int rank() {
    return rank;
  }

  boolean used() {
    return used;
  }

  Volunteer volunteer() {
    return volunteer;
  }

  Official official() {
    return official;
  }

  AlternateView view() {
    boolean citizen = kind == MemberKind.CITIZEN;
    return new AlternateView(kind, rank, citizen ? volunteer.id() : official.id(),
        citizen ? volunteer.name() : official.name(), used);
  }
}
