package org.coproduce.bidding.internal;

import java.time.Instant;
import java.util.UUID;

/** A bid version's receipt columns, read without its ciphertext. */
record VersionReceipt(UUID bidId, int version, Instant receivedAt, String sha256) {
}
