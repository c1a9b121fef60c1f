package org.coproduce.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request to publish a tender for a case.
 *
 * @param caseRef the case being commissioned; the tender's OCDS ocid is derived from it
 * @param title the tender's title
 * @param summary the plain-language summary
 * @param documentId the tender document (PDF) in the document store, or null while there is none
 * @param documentSha256 the SHA-256 of that document (64 hex digits), or null
 * @param submissionDeadline bids are accepted strictly before this instant (millisecond precision)
 * @param budgetCeiling the upper estimated value (OCDS {@code tender.value}), from the approved budget
 * @param currency ISO 4217 code, e.g. {@code EUR}
 * @param criteria the award criteria; weights sum to 100 and one assesses social value
 * @param publishedBy the user id of who publishes (or {@code system})
 */
public record PublishTender(String caseRef, String title, String summary, UUID documentId, String documentSha256,
    Instant submissionDeadline, BigDecimal budgetCeiling, String currency, List<AwardCriterion> criteria,
    String publishedBy) {
}
