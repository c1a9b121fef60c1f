package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.tender.TenderPublication;
import org.springframework.stereotype.Component;

/** Publishes the case's tender (criteria frozen from now on) and keeps its id for the deadline timer. */
@Component
class PublishTenderDelegate implements JavaDelegate {

  private final TenderPublication publication;

  PublishTenderDelegate(TenderPublication publication) {
    this.publication = publication;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(TENDER_ID,
        publication.publishForCase((String) execution.getVariable(CASE_REF), "system").toString());
  }
}
