package org.coproduce.codesign;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coproduce.shared.BusinessRuleViolation;

/**
 * The rules award criteria must meet before the panel may vote on them: weights are whole percents
 * that sum to 100, there is exactly one price criterion weighted within the configured bounds, and
 * at least one social-value criterion of at least the configured weight.
 */
public final class CriteriaRules {

  private final CodesignProperties bounds;

  public CriteriaRules(CodesignProperties bounds) {
    this.bounds = bounds;
  }

  public void check(List<SpecificationDraft.Criterion> criteria) {
    if (criteria == null || criteria.isEmpty()) {
      throw new BusinessRuleViolation("criteria.required", "Award criteria are required.");
    }
    Set<String> names = new HashSet<>();
    int sum = 0;
    int prices = 0;
    int socialValue = 0;
    for (SpecificationDraft.Criterion c : criteria) {
      if (c.weight() <= 0) {
        throw new BusinessRuleViolation("criteria.weight-positive",
            "Criterion '" + c.name() + "' has weight " + c.weight() + "; every criterion needs a positive weight.");
      }
      if (!names.add(c.name().trim().toLowerCase(Locale.ROOT))) {
        throw new BusinessRuleViolation("criteria.unique-names", "Criterion '" + c.name() + "' appears twice.");
      }
      sum += c.weight();
      if (c.type() == CriterionType.PRICE) {
        prices++;
        if (c.weight() < bounds.priceWeightMin() || c.weight() > bounds.priceWeightMax()) {
          throw new BusinessRuleViolation("criteria.price-weight", "The price weight is " + c.weight()
              + "%; it must be between " + bounds.priceWeightMin() + "% and " + bounds.priceWeightMax() + "%.");
        }
      }
      if (c.type() == CriterionType.SOCIAL_VALUE && c.weight() >= bounds.socialValueWeightMin()) {
        socialValue++;
      }
    }
    if (prices != 1) {
      throw new BusinessRuleViolation("criteria.price-weight",
          "There must be exactly one price criterion; there are " + prices + ".");
    }
    if (socialValue == 0) {
      throw new BusinessRuleViolation("criteria.social-value-required", "A social-value criterion weighted at least "
          + bounds.socialValueWeightMin() + "% is required.");
    }
    if (sum != 100) {
      throw new BusinessRuleViolation("criteria.weights-sum", "The weights sum to " + sum + "%; they must sum to 100%.");
    }
  }
}
