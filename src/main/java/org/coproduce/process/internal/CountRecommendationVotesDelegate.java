package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.RECOMMENDATION_APPROVED;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.award.AwardService;
import org.springframework.stereotype.Component;

/** Counts the recommendation votes (double majority) and sets {@code recommendationApproved}. */
@Component
class CountRecommendationVotesDelegate implements JavaDelegate {

  private final AwardService awards;

  CountRecommendationVotesDelegate(AwardService awards) {
    this.awards = awards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RECOMMENDATION_APPROVED,
        awards.concludeRecommendationVote(UUID.fromString((String) execution.getVariable(TENDER_ID))).passed());
  }
}
