package org.coproduce.record;

import java.util.Map;
import java.util.Objects;

/**
 * One decision to record: who decided what, in which role, under which rule, with what result, on
 * which data. {@code details} must be fit for publication: ids, figures and reasons, never sealed
 * bid content or personal contact data.
 *
 * @param caseRef the case, or {@code null} for decisions outside any case
 * @param actor the user id of the person (or {@code system})
 * @param role the capacity they acted in, e.g. {@code finance}, {@code panel-citizen}
 * @param action what was decided, e.g. {@code budget.approved}
 * @param rule the rule applied, e.g. {@code double-majority}, {@code segregation-of-duties}
 * @param outcome the result in a few words, e.g. {@code approved}, {@code 3/4 citizens, 2/2 officials}
 * @param details the data decided on; its canonical JSON is stored and digested
 */
public record Decision(String caseRef, String actor, String role, String action, String rule, String outcome,
    Map<String, ?> details) {

  public Decision {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(outcome, "outcome");
    details = details == null ? Map.of() : details;
  }
}
