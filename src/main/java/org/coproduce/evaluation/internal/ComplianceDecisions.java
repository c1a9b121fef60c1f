package org.coproduce.evaluation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplianceDecisions extends JpaRepository<ComplianceDecision, UUID> {

  List<ComplianceDecision> findByTenderId(UUID tenderId);
}
