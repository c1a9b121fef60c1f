package org.coproduce.evaluation.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredRankings extends JpaRepository<StoredRanking, Long> {

  Optional<StoredRanking> findFirstByTenderIdOrderByRoundDesc(UUID tenderId);

  Optional<StoredRanking> findByTenderIdAndRound(UUID tenderId, int round);

  boolean existsByTenderId(UUID tenderId);
}
