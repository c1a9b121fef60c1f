package org.coproduce.panel;

import java.time.Instant;

/**
 * A conflict-of-interest declaration.
 *
 * @param bidderId the bidder it concerns, or {@code null} for a declaration about the case as a whole
 */
public record DeclarationView(long id, String caseRef, String memberUserId, String bidderId, boolean hasConflict,
    String details, Instant declaredAt, String declaredBy) {
}
