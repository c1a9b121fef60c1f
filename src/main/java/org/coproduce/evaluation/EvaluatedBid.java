package org.coproduce.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An opened bid as the evaluation holds it (taken once from the opening; never its texts).
 *
 * @param receivedAt the receipt time of the version that was opened
 * @param sha256 the receipt hash of that version
 */
public record EvaluatedBid(UUID bidId, UUID tenderId, String supplierId, BigDecimal price, Instant receivedAt,
    String sha256) {
}
