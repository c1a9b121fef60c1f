package org.coproduce.bidding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of an opening: every bid that stood at the deadline, in order of first receipt.
 *
 * @param withdrawnCount bids withdrawn before the deadline (kept for the record, not opened)
 */
public record OpenedBids(UUID tenderId, Instant openedAt, String officialId, String citizenWitnessId,
    List<OpenedBid> bids, int withdrawnCount) {

  public int count() {
    return bids.size();
  }
}
