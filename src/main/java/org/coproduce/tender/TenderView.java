package org.coproduce.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tender as published, with its frozen criteria. */
public record TenderView(UUID id, String caseRef, String ocid, String title, String summary, UUID documentId,
    String documentSha256, TenderStatus status, Instant publishedAt, Instant submissionDeadline,
    BigDecimal budgetCeiling, String currency, List<AwardCriterion> criteria) {
}
