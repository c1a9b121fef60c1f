package org.coproduce.evaluation;

/**
 * One evaluator's score of one bid on one scored criterion.
 *
 * @param criterion the criterion's published name ({@link ScoredCriterion#name()})
 * @param score a whole number from 0 to the configured scale maximum
 * @param justification why the bid earns that score, in the evaluator's words
 */
public record CriterionScore(String criterion, int score, String justification) {
}
