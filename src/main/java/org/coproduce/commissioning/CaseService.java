package org.coproduce.commissioning;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.budget.BudgetService;
import org.coproduce.commissioning.internal.CaseNumbers;
import org.coproduce.commissioning.internal.Cases;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Opens cases and keeps their status; every change is a recorded decision. */
// Named: "caseService" is the bean name of Camunda's CMMN CaseService.
@Service("commissioningCaseService")
@Validated
public class CaseService {

  public static final String RULE_SEGREGATION = "segregation-of-duties";

  private final Cases cases;
  private final CaseNumbers numbers;
  private final BudgetService budget;
  private final DecisionRecord record;
  private final CommissioningProperties properties;
  private final Clock clock;

  CaseService(Cases cases, CaseNumbers numbers, BudgetService budget, DecisionRecord record, CommissioningProperties properties,
      Clock clock) {
    this.cases = cases;
    this.numbers = numbers;
    this.budget = budget;
    this.record = record;
    this.properties = properties;
    this.clock = clock;
  }

  /** Opens a case for the officer; the envelope must fit the budget line's available amount. */
  @Transactional
  public CommissioningCase open(@Valid OpenCase request, String officerId) {
    budget.requireAvailable(request.budgetLine(), request.envelopeAmount());
    Instant now = clock.instant();
    long number = numbers.next();
    String ref = String.format("%s-%d-%03d", properties.refPrefix(), now.atZone(ZoneOffset.UTC).getYear(), number);
    CommissioningCase opened = cases.save(new CommissioningCase(number, ref, request.serviceArea().trim(),
        request.title().trim(), request.problemStatement().trim(), request.budgetLine(), request.envelopeAmount(),
        properties.currency(), request.targetAwardDate(), request.targetServiceStart(), officerId, now));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("title", opened.getTitle());
    details.put("serviceArea", opened.getServiceArea());
    details.put("budgetLine", opened.getBudgetLineCode());
    details.put("envelope", opened.getEnvelopeAmount());
    details.put("currency", opened.getCurrency());
    record.append(new Decision(opened.getRef(), officerId, "commissioning-officer", "case.opened",
        "budget-control", "opened", details));
    return opened;
  }

  @Transactional(readOnly = true)
  public CommissioningCase get(String ref) {
    return cases.findByRef(ref).orElseThrow(() -> new NotFoundException("No case " + ref));
  }

  @Transactional(readOnly = true)
  public List<CommissioningCase> all() {
    return cases.findAllByOrderByIdDesc();
  }

  @Transactional
  public void moveTo(String ref, CaseStatus status, String actor, String reason) {
    CommissioningCase c = get(ref);
    CaseStatus from = c.getStatus();
    c.moveTo(status);
    record.append(new Decision(ref, actor, "system", "case.status-changed", "commissioning-cycle",
        from + " -> " + status, Map.of("from", from.name(), "to", status.name(), "reason", reason)));
  }

  /** Segregation of duties: the person who opened the case may not decide its budget or award. */
  @Transactional(readOnly = true)
  public void requireNotCaseOfficer(String ref, String userId, String what) {
    if (get(ref).getOfficerId().equals(userId)) {
      throw new BusinessRuleViolation(RULE_SEGREGATION,
          "Segregation of duties: " + userId + " opened case " + ref + " and may not " + what + ".");
    }
  }

  /** The finance officer's budget check, recorded with the checker's reason. */
  @Transactional
  public void recordBudgetCheck(String ref, String financeUserId, boolean approved, String reason,
      java.math.BigDecimal estimatedValue) {
    requireNotCaseOfficer(ref, financeUserId, "check its budget");
    CommissioningCase c = get(ref);
    if (!approved && (reason == null || reason.isBlank())) {
      throw new BusinessRuleViolation("budget.reason-required", "Give the reason for rejecting the budget check.");
    }
    record.append(new Decision(ref, financeUserId, "finance", approved ? "budget.check-approved" : "budget.check-rejected",
        RULE_SEGREGATION, approved ? "approved" : "rejected",
        Map.of("budgetLine", c.getBudgetLineCode(), "estimatedValue", estimatedValue,
            "envelope", c.getEnvelopeAmount(), "reason", reason == null ? "" : reason)));
  }

  /**
   * Commits the approved estimated value against the case's budget line. Refused (rule
   * {@code budget.line-exceeded}) when the line cannot cover it, e.g. because another case on the
   * same line was approved first.
   */
  @Transactional
  public void commitBudget(String ref, java.math.BigDecimal estimatedValue, String financeUserId) {
    budget.commit(ref, get(ref).getBudgetLineCode(), estimatedValue, financeUserId);
  }
}
