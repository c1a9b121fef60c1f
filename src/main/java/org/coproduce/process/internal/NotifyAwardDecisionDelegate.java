package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells every bidder the award decision. Runs as a job of its own (asyncBefore, retried R5/PT1M):
 * an SMTP outage fails the job, which becomes an incident in Cockpit once the retries are spent;
 * the outbox makes a retry send only what is still unsent.
 */
@Component
class NotifyAwardDecisionDelegate implements JavaDelegate {

  private final AwardNoticeDispatch notices;

  NotifyAwardDecisionDelegate(AwardNoticeDispatch notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.notifyBidders(UUID.fromString((String) execution.getVariable(TENDER_ID)));
  }
}
