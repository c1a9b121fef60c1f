package org.coproduce.evaluation;

import java.math.BigDecimal;
import org.coproduce.tender.CriterionType;

/**
 * How one bid fared on one criterion of the ranking (docs/evaluation.md).
 *
 * @param meanScore the mean of the evaluators' current scores (2 decimals); {@code null} for price
 * @param evaluators how many evaluators' scores the mean is of; 0 for price
 * @param points the weighted points this criterion contributes to the total (2 decimals)
 */
public record CriterionResult(String criterion, CriterionType type, int weight, BigDecimal meanScore, int evaluators,
    BigDecimal points) {
}
