package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpeningCapacity;
import org.coproduce.process.ProcessVariables.Form;
import org.coproduce.shared.BusinessRuleViolation;

/** One of the two people who open the bids together confirms, in their capacity. */
abstract class OpeningConfirmationListener implements TaskListener {

  private final BidOpening opening;
  private final OpeningCapacity capacity;

  OpeningConfirmationListener(BidOpening opening, OpeningCapacity capacity) {
    this.opening = opening;
    this.capacity = capacity;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!TaskVariables.flag(task, Form.OPENING_CONFIRMED)) {
      throw new BusinessRuleViolation("bidding.opening-confirmation", "Tick the box to confirm the opening.");
    }
    opening.confirm(UUID.fromString((String) task.getVariable(TENDER_ID)), TaskVariables.actor(task), capacity);
  }
}
