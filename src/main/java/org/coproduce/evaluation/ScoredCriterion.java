package org.coproduce.evaluation;

import org.coproduce.tender.CriterionType;

/**
 * An award criterion that evaluators score on the scale (every criterion but price), as published.
 *
 * @param name the criterion's published name; scores name it exactly
 * @param type {@code QUALITY} or {@code SOCIAL_VALUE}
 * @param weight its share of 100
 */
public record ScoredCriterion(String name, CriterionType type, int weight) {
}
