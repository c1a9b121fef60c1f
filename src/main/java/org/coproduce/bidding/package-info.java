/** Sealed bids: the supplier intake API, receipts, encryption at rest, and the two-person opening. */
@ApplicationModule(displayName = "Sealed bids")
package org.coproduce.bidding;

import org.springframework.modulith.ApplicationModule;
