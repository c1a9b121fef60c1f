package org.coproduce.process.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.review.Assessment;
import org.coproduce.review.Finding;
import org.coproduce.review.ReviewService;
import org.springframework.stereotype.Component;

/** The panel's review: one finding per outcome slot shown in the form, a rating and a summary. */
@Component
class ReviewServiceListener implements TaskListener {

  static final int SLOTS = 5;

  private final ReviewService reviews;

  ReviewServiceListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Finding> findings = new ArrayList<>();
    for (int slot = 1; slot <= SLOTS; slot++) {
      String assessment = TaskVariables.string(task, "assessment" + slot);
      if (assessment != null && !assessment.isBlank()) {
        findings.add(new Finding(slot, TaskVariables.string(task, "outcome" + slot), Assessment.valueOf(assessment),
            TaskVariables.string(task, "evidence" + slot)));
      }
    }
    Integer rating = TaskVariables.integer(task, "rating");
    reviews.record(TaskVariables.caseRef(task), TaskVariables.actor(task), findings, rating == null ? 0 : rating,
        TaskVariables.string(task, "reviewSummary"));
  }
}
