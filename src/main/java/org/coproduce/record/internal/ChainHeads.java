package org.coproduce.record.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChainHeads extends JpaRepository<ChainHead, Integer> {

  /** Locks the head row until the appending transaction ends, serialising appends across nodes. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select h from ChainHead h where h.id = 1")
  ChainHead lockHead();
}
