package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;
import static org.coproduce.process.ProcessVariables.INITIATOR;
import static org.coproduce.process.ProcessVariables.OFFICER_ID;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.commissioning.OpenCase;
import org.coproduce.process.ProcessVariables.OpenCaseForm;
import org.springframework.stereotype.Component;

/**
 * A case opened from Tasklist's start form: hands the form to the case service (which validates
 * it), then keeps only the case reference and the officer, and makes the reference the business key.
 */
@Component
class RegisterCaseDelegate implements JavaDelegate {

  private final CaseService cases;

  RegisterCaseDelegate(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String officer = (String) execution.getVariable(INITIATOR);
    CommissioningCase opened = cases.open(new OpenCase(
        TaskVariables.string(execution, OpenCaseForm.SERVICE_AREA),
        TaskVariables.string(execution, OpenCaseForm.TITLE),
        TaskVariables.string(execution, OpenCaseForm.PROBLEM_STATEMENT),
        TaskVariables.string(execution, OpenCaseForm.BUDGET_LINE),
        TaskVariables.decimal(execution, OpenCaseForm.ENVELOPE_AMOUNT),
        date(TaskVariables.string(execution, OpenCaseForm.TARGET_AWARD_DATE)),
        date(TaskVariables.string(execution, OpenCaseForm.TARGET_SERVICE_START))), officer);
    execution.setProcessBusinessKey(opened.getRef());
    execution.setVariable(CASE_REF, opened.getRef());
    execution.setVariable(OFFICER_ID, officer);
    execution.removeVariables(java.util.List.of(OpenCaseForm.ALL));
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
  }
}
