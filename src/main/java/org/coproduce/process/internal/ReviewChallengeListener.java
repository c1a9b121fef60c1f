package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CHALLENGE_UPHELD;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.award.AwardService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** The review of a bidder's challenge: upheld reopens the evaluation, dismissed lets the standstill run out. */
@Component
class ReviewChallengeListener implements TaskListener {

  private final AwardService awards;

  ReviewChallengeListener(AwardService awards) {
    this.awards = awards;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = TaskVariables.string(task, Form.CHALLENGE_DECISION);
    if (!"uphold".equals(decision) && !"dismiss".equals(decision)) {
      throw new IllegalArgumentException("Choose uphold or dismiss.");
    }
    awards.decideChallenge(UUID.fromString((String) task.getVariable(TENDER_ID)), TaskVariables.actor(task),
        "uphold".equals(decision), TaskVariables.string(task, Form.CHALLENGE_REASON));
    task.getExecution().getProcessInstance().setVariable(CHALLENGE_UPHELD, "uphold".equals(decision));
  }
}
