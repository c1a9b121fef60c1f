package org.coproduce.process.internal;

import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpeningCapacity;
import org.springframework.stereotype.Component;

/** The authorised official's confirmation of the opening. */
@Component
class ConfirmOpeningListener extends OpeningConfirmationListener {

  ConfirmOpeningListener(BidOpening opening) {
    super(opening, OpeningCapacity.OFFICIAL);
  }
}
