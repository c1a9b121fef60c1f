package org.coproduce.panel;

/**
 * A volunteer's probability of being drawn in one draw, as computed by the lottery.
 *
 * @param excludedReason why the volunteer was not in the pool (probability 0), or {@code null}
 */
public record SelectionProbability(long volunteerId, double probability, boolean selected, String excludedReason) {
}
