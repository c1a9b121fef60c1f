package org.coproduce.bidding;

import java.util.UUID;

/**
 * The opening of a tender's sealed bids by two people acting together (DOMAIN.md rule 3). Called by
 * the TenderProcess's delegates: one confirmation per user task (an official, a citizen witness),
 * then {@link #open}. Who may act in which capacity is for the process's candidate groups; this
 * service enforces the rest. Refusals are {@link org.coproduce.shared.BusinessRuleViolation}s
 * naming their rule; an unknown tender is a {@link org.coproduce.shared.NotFoundException}.
 *
 * <p>Opened content is for the evaluation module's tables and screens, never for process
 * variables: delegates write back the tender id and counts only (Cockpit shows variables).
 */
public interface BidOpening {

  /**
   * Records that {@code userId} confirms the opening in {@code capacity}. Refused before the
   * deadline ({@code bidding.opening-before-deadline}), when the tender is not published or closed
   * ({@code bidding.opening-status}), when that person already confirmed in the other capacity
   * ({@code bidding.opening-two-people}) or another person already holds this capacity
   * ({@code bidding.opening-capacity-taken}). Repeating the same confirmation changes nothing.
   */
  OpeningStatus confirm(UUID tenderId, String userId, OpeningCapacity capacity);

  OpeningStatus status(UUID tenderId);

  /**
   * Opens the bids once both confirmations are in ({@code bidding.opening-needs-two-confirmations}
   * otherwise): unwraps the tender's data key, decrypts every bid standing at the deadline,
   * verifies each against its receipt hash, marks the tender {@code OPENED} and records the
   * opening with every receipt. Idempotent: once opened it returns the opened bids again. A bid
   * that does not verify stops the opening with an {@link IllegalStateException} naming it.
   */
  OpenedBids open(UUID tenderId);

  /** The opened bids, for evaluation. Before the opening refused with {@code bidding.sealed}. */
  OpenedBids openedBids(UUID tenderId);
}
