package org.coproduce.tender;

import java.time.Instant;
import java.util.UUID;

/**
 * What bid intake and opening need to know about a tender, read under a row lock
 * ({@link TenderService#lockForBidIntake}, {@link TenderService#lockForOpening}).
 */
public record BidWindow(UUID tenderId, String caseRef, String ocid, TenderStatus status, Instant submissionDeadline) {

  /**
   * The deadline rule (DOMAIN.md rule 3, docs/adr/0004): a bid received at {@code receivedAt}
   * (server clock, truncated to the millisecond) is accepted iff the tender is still published and
   * {@code receivedAt < submissionDeadline}. A bid received exactly at the deadline is late.
   */
  public boolean acceptsBidsAt(Instant receivedAt) {
    return status == TenderStatus.PUBLISHED && receivedAt.isBefore(submissionDeadline);
  }

  /** Whether the deadline has been reached at {@code now}: from then on bids can be opened. */
  public boolean deadlineReachedAt(Instant now) {
    return !now.isBefore(submissionDeadline);
  }
}
