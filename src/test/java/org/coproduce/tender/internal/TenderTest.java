package org.coproduce.tender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.TenderStatus;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;

/** A tender's life cycle, and the deadline rule of bid intake, to the millisecond. */
class TenderTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2026-03-20T12:00:00Z");

  @Test
  void bidsAreAcceptedStrictlyBeforeTheDeadline() {
    Tender tender = tender();
    assertThat(tender.window().acceptsBidsAt(DEADLINE.minusMillis(1))).isTrue();
    assertThat(tender.window().acceptsBidsAt(DEADLINE)).isFalse();
    assertThat(tender.window().acceptsBidsAt(DEADLINE.plusMillis(1))).isFalse();
  }

  @Test
  void itClosesAndOpensOnlyFromTheDeadlineOn() {
    Tender tender = tender();
    assertRule(() -> tender.close(DEADLINE.minusMillis(1)), "tender.deadline-not-reached");
    assertRule(() -> tender.markOpened(DEADLINE.minusMillis(1)), "tender.deadline-not-reached");
    assertThat(tender.close(DEADLINE)).isTrue();
    assertThat(tender.close(DEADLINE)).isFalse();
    assertThat(tender.window().acceptsBidsAt(DEADLINE.minusMillis(1))).as("closed accepts nothing").isFalse();
    tender.markOpened(DEADLINE);
    assertThat(tender.status()).isEqualTo(TenderStatus.OPENED);
    assertRule(() -> tender.markOpened(DEADLINE), "tender.status");
    tender.markAwarded(DEADLINE.plusSeconds(60));
    assertThat(tender.status()).isEqualTo(TenderStatus.AWARDED);
    assertRule(() -> tender.cancel(DEADLINE.plusSeconds(61)), "tender.status");
  }

  @Test
  void aCancelledTenderAcceptsNoBidsAndCannotBeAwarded() {
    Tender tender = tender();
    tender.cancel(PUBLISHED.plusSeconds(1));
    assertThat(tender.window().acceptsBidsAt(PUBLISHED.plusSeconds(2))).isFalse();
    assertRule(() -> tender.markAwarded(DEADLINE), "tender.status");
  }

  @Test
  void criteriaCannotBeChangedAndTheirEntityIsImmutable() {
    assertRule(() -> tender().changeCriteria(), "tender.criteria-frozen");
    assertThat(TenderCriterion.class.isAnnotationPresent(Immutable.class)).isTrue();
    assertThat(TenderCriterion.class.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("set"));
  }

  private static Tender tender() {
    return new Tender(UUID.randomUUID(), "C-1", "ocds-cpr001-C-1", "t", "s", null, null, PUBLISHED, "officer",
        DEADLINE, new BigDecimal("1000.00"), "EUR");
  }

  private static void assertRule(Runnable call, String rule) {
    assertThatThrownBy(call::run).isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).getRule()).isEqualTo(rule);
  }
}
