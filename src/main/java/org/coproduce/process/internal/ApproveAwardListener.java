package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.AWARD_APPROVED;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.award.AwardService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** The approver's decision, within their delegated authority. */
@Component
class ApproveAwardListener implements TaskListener {

  private final AwardService awards;

  ApproveAwardListener(AwardService awards) {
    this.awards = awards;
  }

  @Override
  public void notify(DelegateTask task) {
    String approval = TaskVariables.string(task, Form.APPROVAL);
    if (!"approve".equals(approval) && !"refuse".equals(approval)) {
      throw new IllegalArgumentException("Choose approve or refuse.");
    }
    boolean approved = awards.approve(UUID.fromString((String) task.getVariable(TENDER_ID)), TaskVariables.actor(task),
        "approve".equals(approval), TaskVariables.string(task, Form.APPROVAL_REASON));
    task.getExecution().getProcessInstance().setVariable(AWARD_APPROVED, approved);
  }
}
