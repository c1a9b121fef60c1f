package org.coproduce.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An awarded contract.
 *
 * @param startDate the first day of the service: the case's target service start, or the award
 *     day when there is none or it has passed
 * @param endDate the last day of the service (start plus the specification's duration in months,
 *     less a day), or null when the case has no specification
 * @param round the evaluation round whose recommendation was awarded
 */
public record ContractView(UUID id, UUID tenderId, String caseRef, String ocid, UUID bidId, String supplierId,
    BigDecimal value, String currency, LocalDate startDate, LocalDate endDate, Instant awardedAt, String awardedBy,
    int round) {
}
