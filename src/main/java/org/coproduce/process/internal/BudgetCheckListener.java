package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.BUDGET_APPROVED;
import static org.coproduce.process.ProcessVariables.BUDGET_CHECKED_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** The finance officer's decision on the budget, recorded with its reason. */
@Component
class BudgetCheckListener implements TaskListener {

  private final SpecificationService specifications;

  BudgetCheckListener(SpecificationService specifications) {
    this.specifications = specifications;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = TaskVariables.string(task, Form.BUDGET_DECISION);
    if (!"approve".equals(decision) && !"reject".equals(decision)) {
      throw new IllegalArgumentException("Choose approve or reject.");
    }
    String finance = TaskVariables.actor(task);
    boolean approved = specifications.recordBudgetCheck(TaskVariables.caseRef(task), finance, "approve".equals(decision),
        TaskVariables.string(task, Form.BUDGET_REASON));
    task.getExecution().getProcessInstance().setVariable(BUDGET_APPROVED, approved);
    task.getExecution().getProcessInstance().setVariable(BUDGET_CHECKED_BY, finance);
  }
}
