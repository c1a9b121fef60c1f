package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.review.ReviewService;
import org.springframework.stereotype.Component;

/** The contract term has ended: the case closes. */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final ReviewService reviews;

  CloseCaseDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.close((String) execution.getVariable(CASE_REF), "system");
  }
}
