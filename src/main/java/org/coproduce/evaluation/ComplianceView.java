package org.coproduce.evaluation;

import java.time.Instant;
import java.util.UUID;

/** The officer's compliance decision on one bid, with its reason. */
public record ComplianceView(UUID bidId, String supplierId, boolean compliant, String reason, String decidedBy,
    Instant decidedAt) {
}
