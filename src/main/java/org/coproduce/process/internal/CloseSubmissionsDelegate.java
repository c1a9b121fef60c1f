package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.tender.TenderService;
import org.springframework.stereotype.Component;

/** Closes the tender at its deadline (waits for bids being stored, refuses before the deadline). */
@Component
class CloseSubmissionsDelegate implements JavaDelegate {

  private final TenderService tenders;

  CloseSubmissionsDelegate(TenderService tenders) {
    this.tenders = tenders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tenders.close(UUID.fromString((String) execution.getVariable(TENDER_ID)));
  }
}
