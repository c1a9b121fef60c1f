package org.coproduce.bidding.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Bids extends JpaRepository<Bid, UUID> {

  @Query("select b from Bid b where b.tenderId = :tenderId and b.supplierId = :supplierId "
      + "and b.idempotencyKey = :idempotencyKey")
  Optional<Bid> findByIdempotencyKey(UUID tenderId, String supplierId, String idempotencyKey);

  /** Only the supplier's own bid: another supplier's bid is indistinguishable from none. */
  @Query("select b from Bid b where b.id = :bidId and b.tenderId = :tenderId and b.supplierId = :supplierId")
  Optional<Bid> findOwn(UUID tenderId, UUID bidId, String supplierId);

  /** The same, locked: two concurrent changes of one bid are serialised. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select b from Bid b where b.id = :bidId and b.tenderId = :tenderId and b.supplierId = :supplierId")
  Optional<Bid> lockOwn(UUID tenderId, UUID bidId, String supplierId);

  @Query("select b from Bid b where b.supplierId = :supplierId and b.active = true and b.tenderId = :tenderId")
  Optional<Bid> findActive(UUID tenderId, String supplierId);

  @Query("select b from Bid b where b.supplierId = :supplierId order by b.firstReceivedAt, b.id")
  List<Bid> ofSupplier(String supplierId);

  @Query("select b from Bid b where b.supplierId = :supplierId and b.tenderId = :tenderId "
      + "order by b.firstReceivedAt, b.id")
  List<Bid> ofSupplier(String supplierId, UUID tenderId);

  @Query("select b from Bid b where b.tenderId = :tenderId order by b.firstReceivedAt, b.id")
  List<Bid> ofTender(UUID tenderId);
}
