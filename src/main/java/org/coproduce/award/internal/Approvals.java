package org.coproduce.award.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Approvals extends JpaRepository<Approval, Long> {

  Optional<Approval> findByTenderIdAndRound(UUID tenderId, int round);
}
