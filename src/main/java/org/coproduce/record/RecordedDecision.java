package org.coproduce.record;

import java.time.Instant;

/** A decision as it stands in the record, with its place in the hash chain. */
public record RecordedDecision(long seq, String caseRef, String actor, String role, String action, String rule,
    String outcome, String details, String dataDigest, Instant recordedAt, String prevHash, String hash) {
}
