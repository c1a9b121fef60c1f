package org.coproduce.award;

import java.time.Instant;
import java.util.UUID;

/**
 * A bidder's challenge of an award decision, lodged during its standstill.
 *
 * @param round the evaluation round whose award decision is challenged
 * @param decidedBy the reviewer, or null while open
 */
public record ChallengeView(UUID id, UUID tenderId, String supplierId, String grounds, Instant lodgedAt, int round,
    ChallengeStatus status, String decidedBy, Instant decidedAt, String decisionReason) {
}
