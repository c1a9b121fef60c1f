package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.BIDS_RECEIVED;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.bidding.BidOpening;
import org.springframework.stereotype.Component;

/** Opens the bids (both confirmations given): decrypts, verifies, counts. Sets {@code bidsReceived}. */
@Component
class OpenBidsDelegate implements JavaDelegate {

  private final BidOpening opening;

  OpenBidsDelegate(BidOpening opening) {
    this.opening = opening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(BIDS_RECEIVED,
        opening.open(UUID.fromString((String) execution.getVariable(TENDER_ID))).count() > 0);
  }
}
