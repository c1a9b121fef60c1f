package org.coproduce.process.internal;

import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpeningCapacity;
import org.springframework.stereotype.Component;

/** The citizen witness's confirmation of the opening. */
@Component
class WitnessOpeningListener extends OpeningConfirmationListener {

  WitnessOpeningListener(BidOpening opening) {
    super(opening, OpeningCapacity.CITIZEN_WITNESS);
  }
}
