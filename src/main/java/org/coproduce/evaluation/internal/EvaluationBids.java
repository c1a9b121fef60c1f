package org.coproduce.evaluation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationBids extends JpaRepository<EvaluationBid, UUID> {

  List<EvaluationBid> findByTenderIdOrderByOpenedOrder(UUID tenderId);
}
