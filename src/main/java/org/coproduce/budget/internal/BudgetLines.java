package org.coproduce.budget.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.coproduce.budget.BudgetLine;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BudgetLines extends JpaRepository<BudgetLine, String> {

  /** Locks the line until the transaction ends: two commitments on one line queue up, never overlap. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select l from BudgetLine l where l.code = :code")
  Optional<BudgetLine> lockByCode(String code);
}
