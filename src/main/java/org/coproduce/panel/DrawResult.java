package org.coproduce.panel;

import java.util.List;

/**
 * The outcome of a draw, before confirmation.
 *
 * @param drawNumber 1 for the first draw of the case, +1 for each redraw
 * @param seed the seed everything random in this draw was derived from (recorded)
 * @param method the sortition method, e.g. {@code leximin}
 * @param lotteryPanels how many feasible panels the lottery randomised over
 */
public record DrawResult(String caseRef, int drawNumber, String seed, String method, List<PanelMemberView> members,
    List<AlternateView> alternates, List<SelectionProbability> probabilities, int lotteryPanels) {
}
