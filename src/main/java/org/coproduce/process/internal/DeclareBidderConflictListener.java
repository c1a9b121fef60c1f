package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.BID_ID;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** An evaluator's declaration about one bidder; a conflict excludes them from scoring that bid. */
@Component
class DeclareBidderConflictListener implements TaskListener {

  private final EvaluationService evaluation;

  DeclareBidderConflictListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void notify(DelegateTask task) {
    evaluation.declareBidderConflict(UUID.fromString((String) task.getVariable(TENDER_ID)), TaskVariables.actor(task),
        UUID.fromString((String) task.getVariable(BID_ID)), TaskVariables.flag(task, Form.HAS_CONFLICT),
        TaskVariables.string(task, Form.CONFLICT_DETAILS));
  }
}
