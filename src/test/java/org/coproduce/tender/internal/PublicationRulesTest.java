package org.coproduce.tender.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.PublishTender;
import org.junit.jupiter.api.Test;

class PublicationRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration MIN = Duration.ofDays(14);
  private static final List<AwardCriterion> OK = List.of(
      new AwardCriterion("Quality", CriterionType.QUALITY, 50, null),
      new AwardCriterion("Price", CriterionType.PRICE, 30, null),
      new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 20, null));

  @Test
  void theDeadlineMayBeExactlyTheMinimumPeriodAwayButNotOneMillisecondLess() {
    assertThatCode(() -> PublicationRules.check(tender(NOW.plus(MIN), OK), NOW, MIN)).doesNotThrowAnyException();
    assertRule(() -> PublicationRules.check(tender(NOW.plus(MIN).minusMillis(1), OK), NOW, MIN),
        "tender.minimum-submission-period");
  }

  @Test
  void weightsSumTo100() {
    assertRule(() -> PublicationRules.checkCriteria(List.of(
        new AwardCriterion("Quality", CriterionType.QUALITY, 50, null),
        new AwardCriterion("Price", CriterionType.PRICE, 31, null),
        new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 20, null))), "tender.weights-sum-to-100");
  }

  @Test
  void aSocialValueCriterionIsRequired() {
    assertRule(() -> PublicationRules.checkCriteria(List.of(
        new AwardCriterion("Quality", CriterionType.QUALITY, 70, null),
        new AwardCriterion("Price", CriterionType.PRICE, 30, null))), "tender.social-value-required");
  }

  @Test
  void malformedTendersAreRefusedNamingTheField() {
    assertThatThrownBy(() -> PublicationRules.checkCriteria(List.of(
        new AwardCriterion("Quality", CriterionType.QUALITY, 50, null),
        new AwardCriterion("quality", CriterionType.SOCIAL_VALUE, 50, null)))).hasMessageContaining("twice");
    assertThatThrownBy(() -> PublicationRules.check(new PublishTender("C 1", "t", "s", null, null, NOW.plus(MIN),
        BigDecimal.TEN, "EUR", OK, "officer"), NOW, MIN)).hasMessageContaining("caseRef");
    assertThatThrownBy(() -> PublicationRules.check(new PublishTender("C-1", "t", "s", null, "abc", NOW.plus(MIN),
        BigDecimal.TEN, "EUR", OK, "officer"), NOW, MIN)).hasMessageContaining("documentSha256");
    assertThatThrownBy(() -> PublicationRules.check(new PublishTender("C-1", "t", "s", null, null, NOW.plus(MIN),
        new BigDecimal("-1"), "EUR", OK, "officer"), NOW, MIN)).hasMessageContaining("budgetCeiling");
  }

  private static PublishTender tender(Instant deadline, List<AwardCriterion> criteria) {
    return new PublishTender("C-2026-001", "Home support", "Plain words.", null, null, deadline,
        new BigDecimal("100000.00"), "EUR", criteria, "officer");
  }

  private static void assertRule(Runnable call, String rule) {
    assertThatThrownBy(call::run).isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).getRule()).isEqualTo(rule);
  }
}
