package org.coproduce.award;

import java.util.UUID;

/**
 * Published synchronously, inside the transaction that stores the challenge: the process module
 * tells the waiting TenderProcess, so the challenge and its effect on the award commit together.
 */
public record ChallengeLodged(UUID tenderId, UUID challengeId) {
}
