package org.coproduce.tender;

import java.util.List;
import java.util.UUID;

/**
 * Publication and life cycle of tenders. Every method that changes a tender appends the decision
 * to the decision record in the same transaction. Refusals are
 * {@link org.coproduce.shared.BusinessRuleViolation}s naming their rule; an unknown tender is a
 * {@link org.coproduce.shared.NotFoundException}.
 */
public interface TenderService {

  /**
   * Publishes a tender; its criteria and weights are frozen from now on. Rules:
   * {@code tender.minimum-submission-period} (the deadline is at least
   * {@code coproduce.tender.minimum-submission-period} away), {@code tender.weights-sum-to-100},
   * {@code tender.social-value-required}, {@code tender.invalid} (missing or malformed fields).
   *
   * @return the new tender's id
   */
  UUID publish(PublishTender command);

  TenderView get(UUID tenderId);

  /**
   * The case's OCDS ocid, {@code <coproduce.ocds.prefix>-<caseRef>}: the same before the case has a
   * tender as on every tender it publishes, from planning to implementation.
   */
  String ocidOf(String caseRef);

  /** The case's tenders, oldest first (a re-tender is a new tender of the same case). */
  List<TenderView> ofCase(String caseRef);

  /** Published tenders whose deadline has not passed, soonest deadline first. */
  List<TenderView> openTenders();

  /**
   * There is no way to change a published tender's criteria or weights: this always refuses with
   * {@code tender.criteria-frozen} (and {@code NotFoundException} for an unknown tender).
   */
  void changeCriteria(UUID tenderId, List<AwardCriterion> criteria, String requestedBy);

  /**
   * Closes the tender for bids once its deadline has passed (the process's deadline timer).
   * Refused before the deadline ({@code tender.deadline-not-reached}); idempotent once closed.
   * Takes the tender's row lock exclusively, so it waits for bids being stored.
   */
  TenderView close(UUID tenderId);

  /** Cancels a tender that has not been awarded ({@code tender.status} otherwise). */
  TenderView cancel(UUID tenderId, String cancelledBy, String reason);

  /** Marks an opened tender awarded ({@code tender.status} otherwise). */
  TenderView markAwarded(UUID tenderId, String awardedBy);

  /**
   * For bid intake: reads the tender under a shared row lock held until the caller's transaction
   * ends (PostgreSQL {@code FOR SHARE}), so closing and opening, which lock exclusively, wait for
   * every bid being stored. Requires a transaction.
   */
  BidWindow lockForBidIntake(UUID tenderId);

  /**
   * For opening: reads the tender under an exclusive row lock held until the caller's transaction
   * ends, so no bid can be stored meanwhile. Requires a transaction.
   */
  BidWindow lockForOpening(UUID tenderId);

  /**
   * Marks the tender {@code OPENED}; the caller holds {@link #lockForOpening} in the same
   * transaction and has checked the deadline. Refused from any status but published or closed.
   */
  void markOpened(UUID tenderId);
}
