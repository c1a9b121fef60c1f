package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.BID_ID;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** The officer's compliance check of one bid, with its reason. */
@Component
class CheckComplianceListener implements TaskListener {

  private final EvaluationService evaluation;

  CheckComplianceListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void notify(DelegateTask task) {
    String compliance = TaskVariables.string(task, Form.COMPLIANCE);
    if (!"compliant".equals(compliance) && !"non-compliant".equals(compliance)) {
      throw new IllegalArgumentException("Choose whether the bid is compliant.");
    }
    evaluation.recordCompliance(UUID.fromString((String) task.getVariable(TENDER_ID)),
        UUID.fromString((String) task.getVariable(BID_ID)), TaskVariables.actor(task), "compliant".equals(compliance),
        TaskVariables.string(task, Form.COMPLIANCE_REASON));
  }
}
