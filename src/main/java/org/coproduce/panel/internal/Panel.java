package org.coproduce.panel.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelView;

/** The panel of one commissioning case: drawn, then confirmed; afterwards changed only by replacements. */
@Entity
@Table(name = "panel")
class Panel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_ref")
  private String caseRef;
  @Column(name = "case_title")
  private String caseTitle;
  @Column(name = "officer_user_id")
  private String officerUserId;
  private String status;
  @Column(name = "draw_number")
  private int drawNumber;
  private String seed;
  @Column(name = "drawn_at")
  private Instant drawnAt;
  @Column(name = "drawn_by")
  private String drawnBy;
  @Column(name = "confirmed_at")
  private Instant confirmedAt;
  @Column(name = "confirmed_by")
  private String confirmedBy;
  @Version
  private long version;

  @OneToMany(mappedBy = "panel", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PanelMember> members = new ArrayList<>();

  @OneToMany(mappedBy = "panel", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("kind, rank")
  private List<PanelAlternate> alternates = new ArrayList<>();

  protected Panel() {
  }

  Panel(String caseRef, String caseTitle, String officerUserId) {
    this.caseRef = caseRef;
    this.caseTitle = caseTitle;
    this.officerUserId = officerUserId;
    this.status = PanelView.DRAWN;
  }

  /** Replaces the seats and alternates of an unconfirmed panel by those of a new draw. */
  void drawn(int drawNumber, String seed, Instant at, String by, List<PanelMember> seats,
      List<PanelAlternate> newAlternates) {
    this.drawNumber = drawNumber;
    this.seed = seed;
    this.drawnAt = at;
    this.drawnBy = by;
    members.clear();
    alternates.clear();
    seats.forEach(m -> m.attach(this));
    newAlternates.forEach(a -> a.attach(this));
    members.addAll(seats);
    alternates.addAll(newAlternates);
  }

  /** Empties an unconfirmed panel before a redraw (flushed first, so new seats never meet old ones). */
  void clearSeats() {
    members.clear();
    alternates.clear();
  }

  void confirm(Instant at, String by) {
    this.status = PanelView.CONFIRMED;
    this.confirmedAt = at;
    this.confirmedBy = by;
  }

  void seat(PanelMember member) {
    member.attach(this);
    members.add(member);
  }

  boolean confirmed() {
    return PanelView.CONFIRMED.equals(status);
  }

  List<PanelMember> activeMembers() {
    return members.stream().filter(PanelMember::active).toList();
  }

  List<PanelMember> activeMembers(MemberKind kind) {
    return members.stream().filter(m -> m.active() && m.kind() == kind).toList();
  }

  Long id() {
    return id;
  }

  String caseRef() {
    return caseRef;
  }

  String caseTitle() {
    return caseTitle;
  }

  String officerUserId() {
    return officerUserId;
  }

  String status() {
    return status;
  }

  int drawNumber() {
    return drawNumber;
  }

  String seed() {
    return seed;
  }

  List<PanelMember> members() {
    return members;
  }

  List<PanelAlternate> alternates() {
    return alternates;
  }

  PanelView view() {
    return new PanelView(caseRef, caseTitle, status, officerUserId, drawNumber, seed,
        members.stream().map(PanelMember::view).toList(), alternates.stream().map(PanelAlternate::view).toList());
  }
}
