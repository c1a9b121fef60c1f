package org.coproduce.award;

/** Where a bidder's challenge stands: open challenges suspend the award until decided. */
public enum ChallengeStatus {
  OPEN, UPHELD, DISMISSED
}
