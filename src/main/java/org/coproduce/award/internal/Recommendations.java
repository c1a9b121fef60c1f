package org.coproduce.award.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Recommendations extends JpaRepository<Recommendation, Long> {

  Optional<Recommendation> findByTenderIdAndRound(UUID tenderId, int round);
}
