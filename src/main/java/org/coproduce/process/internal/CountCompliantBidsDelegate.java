package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.COMPLIANT_BIDS_FOUND;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.evaluation.EvaluationService;
import org.springframework.stereotype.Component;

/** Sets {@code compliantBidsFound}. */
@Component
class CountCompliantBidsDelegate implements JavaDelegate {

  private final EvaluationService evaluation;

  CountCompliantBidsDelegate(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(COMPLIANT_BIDS_FOUND,
        evaluation.anyCompliant(UUID.fromString((String) execution.getVariable(TENDER_ID))));
  }
}
