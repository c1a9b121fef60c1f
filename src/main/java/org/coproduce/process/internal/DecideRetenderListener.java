package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CONTRACT_AWARDED;
import static org.coproduce.process.ProcessVariables.RETENDER;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.process.ProcessVariables.Form;
import org.coproduce.tender.TenderPublication;
import org.springframework.stereotype.Component;

/** No compliant bid: the officer re-tenders or cancels the procurement. */
@Component
class DecideRetenderListener implements TaskListener {

  private final TenderPublication publication;

  DecideRetenderListener(TenderPublication publication) {
    this.publication = publication;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = TaskVariables.string(task, Form.RETENDER_DECISION);
    if (!"retender".equals(decision) && !"cancel".equals(decision)) {
      throw new IllegalArgumentException("Choose re-tender or cancel.");
    }
    boolean retender = publication.decideAfterNoCompliantBid(UUID.fromString((String) task.getVariable(TENDER_ID)),
        TaskVariables.actor(task), "retender".equals(decision), TaskVariables.string(task, Form.RETENDER_REASON));
    task.getExecution().getProcessInstance().setVariable(RETENDER, retender);
    if (!retender) {
      task.getExecution().getProcessInstance().setVariable(CONTRACT_AWARDED, false);
    }
  }
}
