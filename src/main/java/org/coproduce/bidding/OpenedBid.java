package org.coproduce.bidding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bid as opened: its current version, decrypted, its hash verified against the receipt.
 *
 * @param supplierId the bidder (its Camunda user id)
 * @param version the version opened (earlier ones were replaced)
 * @param receivedAt the receipt time of that version
 * @param sha256 the receipt hash of that version, recomputed from the decrypted content
 */
public record OpenedBid(UUID bidId, String supplierId, BigDecimal price, String technicalResponse,
    String socialValueResponse, List<BidDocument> documents, int version, Instant receivedAt, String sha256) {
}
