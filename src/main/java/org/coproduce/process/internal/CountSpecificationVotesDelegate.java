package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;
import static org.coproduce.process.ProcessVariables.SPECIFICATION_APPROVED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.codesign.SpecificationService;
import org.springframework.stereotype.Component;

/** Counts the specification votes (double majority) and sets {@code specificationApproved}. */
@Component
class CountSpecificationVotesDelegate implements JavaDelegate {

  private final SpecificationService specifications;

  CountSpecificationVotesDelegate(SpecificationService specifications) {
    this.specifications = specifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SPECIFICATION_APPROVED,
        specifications.concludeVote((String) execution.getVariable(CASE_REF)).passed());
  }
}
