package org.coproduce.tender;

/**
 * One award criterion as published: frozen with the tender.
 *
 * @param name e.g. "Quality of the service model"
 * @param type what it assesses
 * @param weight its share of 100
 * @param description how bids are judged on it, or null
 */
public record AwardCriterion(String name, CriterionType type, int weight, String description) {
}
