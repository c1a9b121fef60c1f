package org.coproduce.budget.internal;

import java.util.Optional;
import org.coproduce.budget.BudgetCommitment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetCommitments extends JpaRepository<BudgetCommitment, Long> {

  Optional<BudgetCommitment> findByCaseRef(String caseRef);
}
