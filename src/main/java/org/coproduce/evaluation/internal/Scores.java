package org.coproduce.evaluation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Scores extends JpaRepository<Score, Long> {

  List<Score> findByTenderIdOrderById(UUID tenderId);

  List<Score> findByTenderIdAndEvaluatorIdOrderById(UUID tenderId, String evaluatorId);

  boolean existsByBidIdAndEvaluatorId(UUID bidId, String evaluatorId);

  boolean existsByTenderId(UUID tenderId);
}
