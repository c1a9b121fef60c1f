package org.coproduce.award.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One round's standstill: no contract before its end. Its row is locked by challenges and the
 * award alike, so a challenge lodged just before the end and the award just after it take turns.
 */
@Entity
@Immutable
@Table(name = "award_standstill")
class Standstill {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
  @SequenceGenerator(name = "award_seq", sequenceName = "award_seq", allocationSize = 1)
  private Long id;
  @Column(name = "tender_id")
  private UUID tenderId;
  private int round;
  @Column(name = "started_at")
  private Instant startedAt;
  @Column(name = "ends_at")
  private Instant endsAt;
  private String period;

  protected Standstill() {
  }

  Standstill(UUID tenderId, int round, Instant startedAt, Instant endsAt, String period) {
    this.tenderId = tenderId;
    this.round = round;
    this.startedAt = startedAt;
    this.endsAt = endsAt;
    this.period = period;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant endsAt() {
    return endsAt;
  }

  /** Challenges are accepted from the start to strictly before the end (server clock). */
  boolean runsAt(Instant now) {
    return !now.isBefore(startedAt) && now.isBefore(endsAt);
  }
}
