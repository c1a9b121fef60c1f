package org.coproduce.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded review of the service. */
public record ReviewView(UUID id, String caseRef, int number, String reviewedBy, Instant reviewedAt, int rating,
    String summary, List<Finding> findings) {
}
