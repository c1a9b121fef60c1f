package org.coproduce.tender;

/**
 * Where a tender stands. {@code PUBLISHED} accepts bids until its deadline; {@code CLOSED} is set
 * at the deadline (the intake rule itself looks at the deadline, not at this status);
 * {@code OPENED} once two people have opened the bids; {@code CANCELLED} and {@code AWARDED} end it.
 */
public enum TenderStatus {
  PUBLISHED, CLOSED, OPENED, CANCELLED, AWARDED
}
