package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.evaluation.EvaluationService;
import org.springframework.stereotype.Component;

/** Flags score spreads beyond the moderation range for the chair (recorded by the evaluation service). */
@Component
class FlagOutliersDelegate implements JavaDelegate {

  private final EvaluationService evaluation;

  FlagOutliersDelegate(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    evaluation.flagOutliers(UUID.fromString((String) execution.getVariable(TENDER_ID)));
  }
}
