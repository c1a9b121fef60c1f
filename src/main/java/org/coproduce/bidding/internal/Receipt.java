package org.coproduce.bidding.internal;

import java.time.Instant;
import java.util.UUID;

/** The receipt of one version of a bid: what the supplier can hold the city to. */
record Receipt(UUID bidId, UUID tenderId, int version, Instant receivedAt, String sha256) {
}
