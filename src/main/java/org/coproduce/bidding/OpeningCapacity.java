package org.coproduce.bidding;

/** In which capacity a person confirms an opening: both are needed, by two different people. */
public enum OpeningCapacity {
  /** An authorised official of the city. */
  OFFICIAL,
  /** A citizen member of the case's panel, witnessing the opening. */
  CITIZEN_WITNESS
}
