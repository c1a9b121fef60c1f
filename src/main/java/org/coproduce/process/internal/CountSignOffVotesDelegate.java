package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;
import static org.coproduce.process.ProcessVariables.TENDER_DOCUMENTS_SIGNED_OFF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.tender.TenderDocuments;
import org.springframework.stereotype.Component;

/** Counts the sign-off votes (double majority) and sets {@code tenderDocumentsSignedOff}. */
@Component
class CountSignOffVotesDelegate implements JavaDelegate {

  private final TenderDocuments documents;

  CountSignOffVotesDelegate(TenderDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(TENDER_DOCUMENTS_SIGNED_OFF,
        documents.concludeSignOff((String) execution.getVariable(CASE_REF)));
  }
}
