package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;
import static org.coproduce.process.ProcessVariables.TENDER_DOCUMENT_ID;
import static org.coproduce.process.ProcessVariables.TENDER_DOCUMENT_VERSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.tender.TenderDocument;
import org.coproduce.tender.TenderDocuments;
import org.springframework.stereotype.Component;

/** Generates the tender documents (PDF) from the agreed specification; keeps the document id and version. */
@Component
class GenerateTenderDelegate implements JavaDelegate {

  private final TenderDocuments documents;

  GenerateTenderDelegate(TenderDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TenderDocument document = documents.generate((String) execution.getVariable(CASE_REF), "system");
    execution.setVariable(TENDER_DOCUMENT_ID, document.getId().toString());
    execution.setVariable(TENDER_DOCUMENT_VERSION, document.getVersion());
  }
}
