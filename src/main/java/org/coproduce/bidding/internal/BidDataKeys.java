package org.coproduce.bidding.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BidDataKeys extends JpaRepository<BidDataKey, UUID> {
}
