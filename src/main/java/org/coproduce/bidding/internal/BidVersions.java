package org.coproduce.bidding.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BidVersions extends JpaRepository<BidVersion, BidVersion.Key> {

  @Query("select new org.coproduce.bidding.internal.VersionReceipt(v.key.bidId, v.key.version, v.receivedAt, "
      + "v.contentSha256) from BidVersion v where v.key.bidId in :bidIds order by v.key.bidId, v.key.version")
  List<VersionReceipt> receiptsOf(Collection<UUID> bidIds);
}
