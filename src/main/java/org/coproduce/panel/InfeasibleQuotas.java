package org.coproduce.panel;

import java.util.List;
import org.coproduce.shared.BusinessRuleViolation;

/** The volunteer pool cannot fill the citizen seats within the quotas; names the categories at fault. */
public class InfeasibleQuotas extends BusinessRuleViolation {

  public static final String RULE = "panel.quotas-infeasible";

  private final List<String> categories;

  public InfeasibleQuotas(List<String> categories, List<String> reasons) {
    super(RULE, "The quotas cannot be met (rule " + RULE + "). Categories that cannot be filled: "
        + String.join(", ", categories) + ". " + String.join("; ", reasons) + ".");
    this.categories = List.copyOf(categories);
  }

  /** The feature categories (e.g. {@code ward}, {@code age-band}) whose quotas cannot be filled. */
  public List<String> categories() {
    return categories;
  }
}
