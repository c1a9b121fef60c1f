package org.coproduce.evaluation;

import java.time.Instant;
import java.util.UUID;

/**
 * One evaluator's score of one bid on one criterion.
 *
 * @param rawScore the score as the evaluator gave it; never changed
 * @param currentScore the latest moderated score, or the raw score when it was not moderated
 */
public record ScoreView(UUID bidId, String supplierId, String evaluatorId, String criterion, int rawScore,
    int currentScore, String justification, Instant scoredAt) {

  public boolean moderated() {
    return rawScore != currentScore;
  }
}
