package org.coproduce.tender.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.tender.TenderStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TenderRepository extends JpaRepository<Tender, UUID> {

  /** Shared row lock (PostgreSQL: FOR SHARE): many bids at once, but not while closing or opening. */
  @Lock(LockModeType.PESSIMISTIC_READ)
  @Query("select t from Tender t where t.id = :id")
  Optional<Tender> lockShared(UUID id);

  /** Exclusive row lock (FOR UPDATE): waits for every bid being stored, and blocks new ones. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from Tender t where t.id = :id")
  Optional<Tender> lockExclusive(UUID id);

  @Query("select t from Tender t where t.status = :status and t.submissionDeadline > :now order by t.submissionDeadline")
  List<Tender> findOpen(TenderStatus status, Instant now);

  @Query("select t from Tender t where t.caseRef = :caseRef order by t.publishedAt")
  List<Tender> findByCase(String caseRef);
}
