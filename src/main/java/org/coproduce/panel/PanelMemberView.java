package org.coproduce.panel;

/**
 * A seat on a panel as officers see it.
 *
 * @param userId the member's login; {@code null} for a drawn volunteer without one until confirmation
 * @param personId the volunteer's or official's id in the panel module
 */
public record PanelMemberView(long memberId, MemberKind kind, long personId, String userId, String name,
    boolean chair, String status, String replacementReason) {
}
