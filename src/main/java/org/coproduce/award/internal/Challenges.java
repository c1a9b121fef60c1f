package org.coproduce.award.internal;

import java.util.List;
import java.util.UUID;
import org.coproduce.award.ChallengeStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface Challenges extends JpaRepository<Challenge, UUID> {

  List<Challenge> findByTenderIdOrderByLodgedAt(UUID tenderId);

  List<Challenge> findByTenderIdAndSupplierIdOrderByLodgedAt(UUID tenderId, String supplierId);

  List<Challenge> findByTenderIdAndStatusOrderByLodgedAt(UUID tenderId, ChallengeStatus status);

  boolean existsByTenderIdAndStatus(UUID tenderId, ChallengeStatus status);

  boolean existsByTenderIdAndRoundAndStatus(UUID tenderId, int round, ChallengeStatus status);
}
