package org.coproduce.award.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Standstills extends JpaRepository<Standstill, Long> {

  Optional<Standstill> findByTenderIdAndRound(UUID tenderId, int round);

  /** FOR UPDATE: challenges and the award of one round take turns. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Standstill s where s.tenderId = :tenderId and s.round = :round")
  Optional<Standstill> lock(UUID tenderId, int round);
}
