package org.coproduce.record.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionEntries extends JpaRepository<DecisionEntry, Long> {

  List<DecisionEntry> findByCaseRefOrderBySeq(String caseRef);

  List<DecisionEntry> findBySeqGreaterThanEqualOrderBySeq(long fromSeq, Pageable page);
}
