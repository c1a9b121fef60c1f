package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.MODERATION_DONE;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.process.ProcessVariables.Form;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;

/** The chair records one moderation change with its reason, or ends moderation. */
@Component
class ModerateScoresListener implements TaskListener {

  private final EvaluationService evaluation;

  ModerateScoresListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void notify(DelegateTask task) {
    String choice = TaskVariables.string(task, Form.MODERATION);
    boolean done = "done".equals(choice);
    if (!done) {
      if (!"change".equals(choice)) {
        throw new IllegalArgumentException("Choose whether to record a change or end moderation.");
      }
      String bid = TaskVariables.string(task, Form.MODERATED_BID);
      Integer score = TaskVariables.integer(task, Form.MODERATED_SCORE);
      if (bid == null || score == null) {
        throw new BusinessRuleViolation("evaluation.moderation-incomplete",
            "Give the bid, the evaluator, the criterion, the new score and the reason.");
      }
      evaluation.moderate(UUID.fromString((String) task.getVariable(TENDER_ID)), UUID.fromString(bid.trim()),
          TaskVariables.string(task, Form.MODERATED_EVALUATOR), TaskVariables.string(task, Form.MODERATED_CRITERION),
          score, TaskVariables.string(task, Form.MODERATION_REASON), TaskVariables.actor(task));
    }
    task.getExecution().getProcessInstance().setVariable(MODERATION_DONE, done);
  }
}
