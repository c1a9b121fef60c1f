package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.review.ReviewService;
import org.springframework.stereotype.Component;

/** The service runs: the case moves into review. */
@Component
class OpenReviewDelegate implements JavaDelegate {

  private final ReviewService reviews;

  OpenReviewDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.open((String) execution.getVariable(CASE_REF), "system");
  }
}
