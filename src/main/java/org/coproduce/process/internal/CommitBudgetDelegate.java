package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.BUDGET_CHECKED_BY;
import static org.coproduce.process.ProcessVariables.CASE_REF;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.budget.BudgetService;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.process.ProcessVariables.Errors;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;

/** Commits the approved value against the budget line; a line that cannot cover it raises BudgetLineExceeded. */
@Component
class CommitBudgetDelegate implements JavaDelegate {

  private final SpecificationService specifications;

  CommitBudgetDelegate(SpecificationService specifications) {
    this.specifications = specifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      specifications.commitBudget((String) execution.getVariable(CASE_REF),
          (String) execution.getVariable(BUDGET_CHECKED_BY));
    } catch (BusinessRuleViolation e) {
      if (BudgetService.RULE_LINE_EXCEEDED.equals(e.getRule())) {
        throw new BpmnError(Errors.BUDGET_LINE_EXCEEDED, e.getMessage());
      }
      throw e;
    }
  }
}
