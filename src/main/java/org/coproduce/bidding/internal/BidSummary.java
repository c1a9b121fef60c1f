package org.coproduce.bidding.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a supplier may see of its own bid before the opening: metadata and receipts, no content. */
record BidSummary(UUID bidId, UUID tenderId, Bid.Status status, int currentVersion, Instant receivedAt,
    String sha256, Instant firstReceivedAt, Instant withdrawnAt, List<Receipt> receipts) {
}
