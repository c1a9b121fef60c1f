package org.coproduce.tender;

import java.time.Instant;
import java.util.UUID;

/** Published synchronously, inside the publishing transaction, when a tender has been published. */
public record TenderPublished(UUID tenderId, String caseRef, String ocid, Instant submissionDeadline) {
}
