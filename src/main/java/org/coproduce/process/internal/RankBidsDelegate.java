package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CONTRACT_VALUE;
import static org.coproduce.process.ProcessVariables.EVALUATION_ROUND;
import static org.coproduce.process.ProcessVariables.RECOMMENDED_BID_ID;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.evaluation.Ranking;
import org.springframework.stereotype.Component;

/** Ranks the bids from the stored scores; keeps the recommended bid, its price and the round. */
@Component
class RankBidsDelegate implements JavaDelegate {

  private final EvaluationService evaluation;

  RankBidsDelegate(EvaluationService evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID tenderId = UUID.fromString((String) execution.getVariable(TENDER_ID));
    Ranking ranking = evaluation.rank(tenderId);
    execution.setVariable(RECOMMENDED_BID_ID, ranking.recommendedBidId().toString());
    execution.setVariable(CONTRACT_VALUE, ranking.recommendedPrice().doubleValue());
    execution.setVariable(EVALUATION_ROUND, evaluation.evaluationRound(tenderId));
  }
}
