package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.BID_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a per-bid task (compliance, conflict declaration, scoring) the bidder's name to show in its
 * form, as a task-local variable. The bid id is the task's multi-instance element, which input
 * mappings of a multi-instance activity cannot see yet.
 */
@Component
class BidTaskLabelsListener implements TaskListener {

  static final String BIDDER_NAME = "bidderName";

  private final TenderRosterExpressions roster;

  BidTaskLabelsListener(TenderRosterExpressions roster) {
    this.roster = roster;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(BIDDER_NAME, roster.bidderName((String) task.getVariable(BID_ID)));
  }
}
