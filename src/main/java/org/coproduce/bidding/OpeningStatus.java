package org.coproduce.bidding;

import java.util.UUID;

/**
 * Who has confirmed a tender's opening so far.
 *
 * @param officialId the official who confirmed, or null
 * @param citizenWitnessId the citizen witness who confirmed, or null
 * @param opened whether the bids have been opened
 */
public record OpeningStatus(UUID tenderId, String officialId, String citizenWitnessId, boolean opened) {

  /** Both confirmations are there (by construction from two different people). */
  public boolean readyToOpen() {
    return officialId != null && citizenWitnessId != null;
  }
}
