package org.coproduce.shared;

/**
 * A request that breaks one of the city's rules. The rule is named so that the refusal can be
 * explained to the person who made it and recorded in the decision record.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final String rule;

  public BusinessRuleViolation(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** Stable identifier of the rule that was broken, e.g. {@code panel.citizen-share}. */
  public String getRule() {
    return rule;
  }
}
