package org.coproduce.evaluation;

import java.util.Map;
import java.util.UUID;

/**
 * Scores of one bid on one criterion whose spread (highest minus lowest current score) is beyond
 * the configured moderation spread: the chair looks at them in moderation.
 *
 * @param scores each evaluator's current score, by evaluator id (sorted)
 */
public record Outlier(UUID bidId, String supplierId, String criterion, int minScore, int maxScore, int spread,
    Map<String, Integer> scores) {
}
