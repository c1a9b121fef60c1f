package org.coproduce.panel.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.panel.SelectionProbability;

/**
 * One draw of a panel, kept for ever: the seed, the quotas, the lottery it drew from and every
 * volunteer's probability, so that anyone can recompute which panel the seed selects.
 */
@Entity
@Table(name = "panel_draw")
class PanelDraw {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "panel_id")
  private Long panelId;
  @Column(name = "draw_number")
  private int drawNumber;
  private String seed;
  private String method;
  @Column(name = "citizen_seats")
  private int citizenSeats;
  @Column(name = "official_seats")
  private int officialSeats;
  /** Canonical JSON of the quotas used. */
  private String quotas;
  @Column(name = "lottery_index")
  private int lotteryIndex;
  @Column(name = "drawn_at")
  private Instant drawnAt;
  @Column(name = "drawn_by")
  private String drawnBy;

  @ElementCollection
  @CollectionTable(name = "panel_lottery_panel", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderColumn(name = "lottery_position")
  private List<LotteryPanel> lottery = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "panel_draw_probability", joinColumns = @JoinColumn(name = "draw_id"))
  private List<Probability> probabilities = new ArrayList<>();

  /** A panel the lottery could draw: volunteer ids, comma separated, ascending. */
  @Embeddable
  record LotteryPanel(double probability, @Column(name = "volunteer_ids") String volunteerIds) {
  }

  @Embeddable
  record Probability(@Column(name = "volunteer_id") long volunteerId, double probability, boolean selected,
      @Column(name = "excluded_reason") String excludedReason) {

    SelectionProbability view() {
      return new SelectionProbability(volunteerId, probability, selected, excludedReason);
    }
  }

  protected PanelDraw() {
  }

  PanelDraw(Long panelId, int drawNumber, String seed, String method, int citizenSeats, int officialSeats,
      String quotas, int lotteryIndex, Instant drawnAt, String drawnBy, List<LotteryPanel> lottery,
      List<Probability> probabilities) {
    this.panelId = panelId;
    this.drawNumber = drawNumber;
    this.seed = seed;
    this.method = method;
    this.citizenSeats = citizenSeats;
    this.officialSeats = officialSeats;
    this.quotas = quotas;
    this.lotteryIndex = lotteryIndex;
    this.drawnAt = drawnAt;
    this.drawnBy = drawnBy;
    this.lottery.addAll(lottery);
    this.probabilities.addAll(probabilities);
  }

  String quotas() {
    return quotas;
  }

  int citizenSeats() {
    return citizenSeats;
  }

  String seed() {
    return seed;
  }

  List<LotteryPanel> lottery() {
    return lottery;
  }

  List<Probability> probabilities() {
    return probabilities;
  }
}
