package org.coproduce.codesign;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coproduce.codesign.SpecificationDraft.Criterion;
import org.coproduce.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** The award criteria rules: weights sum to 100, price within bounds, social value required. */
class CriteriaRulesTest {

  private final CriteriaRules rules = new CriteriaRules(new CodesignProperties(20, 60, 5));

  @Test
  void balancedCriteriaPass() {
    assertThatCode(() -> rules.check(List.of(quality(40), quality2(20), price(30), social(10))))
        .doesNotThrowAnyException();
  }

  @Test
  void weightsMustSumToOneHundred() {
    assertRefused(List.of(quality(50), price(30), social(10)), "criteria.weights-sum", "sum to 90%");
    assertRefused(List.of(quality(60), price(35), social(15)), "criteria.weights-sum", "sum to 110%");
  }

  @Test
  void priceWeightMustLieWithinTheConfiguredBounds() {
    assertRefused(List.of(quality(75), price(15), social(10)), "criteria.price-weight", "between 20% and 60%");
    assertRefused(List.of(quality(25), price(65), social(10)), "criteria.price-weight", "between 20% and 60%");
    assertThatCode(() -> rules.check(List.of(quality(70), price(20), social(10)))).doesNotThrowAnyException();
    assertThatCode(() -> rules.check(List.of(quality(30), price(60), social(10)))).doesNotThrowAnyException();
  }

  @Test
  void exactlyOnePriceCriterion() {
    assertRefused(List.of(quality(90), social(10)), "criteria.price-weight", "exactly one price criterion");
    assertRefused(List.of(quality(30), price(30), new Criterion("Price 2", CriterionType.PRICE, 30, null), social(10)),
        "criteria.price-weight", "exactly one price criterion");
  }

  @Test
  void aSocialValueCriterionOfAtLeastTheMinimumWeightIsRequired() {
    assertRefused(List.of(quality(60), price(40)), "criteria.social-value-required", "at least 5%");
    assertRefused(List.of(quality(64), price(32), social(4)), "criteria.social-value-required", "at least 5%");
  }

  @Test
  void everyWeightIsPositiveAndNamesAreUnique() {
    assertRefused(List.of(quality(70), quality2(0), price(20), social(10)), "criteria.weight-positive", "positive");
    assertRefused(List.of(quality(40), new Criterion("quality of service", CriterionType.QUALITY, 20, null), price(30),
        social(10)), "criteria.unique-names", "twice");
  }

  @Test
  void boundsThatMakeSocialValueOptionalAreRefusedAtStartUp() {
    assertThatThrownBy(() -> new CodesignProperties(20, 60, 0)).hasMessageContaining("social-value");
    assertThatThrownBy(() -> new CodesignProperties(70, 60, 5)).hasMessageContaining("price weight bounds");
  }

  private void assertRefused(List<Criterion> criteria, String rule, String message) {
    assertThatThrownBy(() -> rules.check(criteria)).isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining(message).extracting(e -> ((BusinessRuleViolation) e).getRule()).isEqualTo(rule);
  }

  private static Criterion quality(int weight) {
    return new Criterion("Quality of service", CriterionType.QUALITY, weight, null);
  }

  private static Criterion quality2(int weight) {
    return new Criterion("Accessibility", CriterionType.QUALITY, weight, null);
  }

  private static Criterion price(int weight) {
    return new Criterion("Price", CriterionType.PRICE, weight, null);
  }

  private static Criterion social(int weight) {
    return new Criterion("Social value", CriterionType.SOCIAL_VALUE, weight, null);
  }
}
