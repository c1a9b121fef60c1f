package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.BID_ID;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.evaluation.CriterionScore;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** An evaluator's scores for one bid, one per scored criterion (the form's slots 1 to 3), with justifications. */
@Component
class ScoreBidListener implements TaskListener {

  private final EvaluationService evaluation;

  ScoreBidListener(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void notify(DelegateTask task) {
    List<CriterionScore> scores = new ArrayList<>();
    for (int slot = 1; slot <= 3; slot++) {
      String criterion = TaskVariables.string(task, Form.CRITERION + slot);
      if (criterion == null) {
        continue;
      }
      Integer score = TaskVariables.integer(task, Form.SCORE + slot);
      scores.add(new CriterionScore(criterion, score == null ? -1 : score,
          TaskVariables.string(task, Form.JUSTIFICATION + slot)));
    }
    evaluation.scoreBid(UUID.fromString((String) task.getVariable(TENDER_ID)),
        UUID.fromString((String) task.getVariable(BID_ID)), TaskVariables.actor(task), scores);
  }
}
