package org.coproduce.evaluation.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Evaluations extends JpaRepository<Evaluation, UUID> {

  /** FOR UPDATE: scoring, moderation and ranking of one tender take turns. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from Evaluation e where e.tenderId = :tenderId")
  Optional<Evaluation> lock(UUID tenderId);
}
