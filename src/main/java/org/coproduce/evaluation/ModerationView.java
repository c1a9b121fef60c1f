package org.coproduce.evaluation;

import java.time.Instant;
import java.util.UUID;

/**
 * A change the chair made to one score during moderation. The raw score stays as it was.
 *
 * @param fromScore the score before this change (raw or an earlier moderation)
 * @param round the evaluation round whose ranking the change feeds
 */
public record ModerationView(long id, UUID bidId, String supplierId, String evaluatorId, String criterion,
    int fromScore, int toScore, String reason, String moderatedBy, Instant moderatedAt, int round) {
}
