package org.coproduce.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budget control on PostgreSQL: cases on one line approved at the same moment can never commit
 * the line beyond its amount.
 */
@PostgresIntegrationTest
class BudgetConcurrencyIT {

  @Autowired BudgetService budget;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @Test
  void twoCasesApprovedAtTheSameMomentCannotOverCommitTheLine() throws Exception {
    budget.createLine("BC-PARKS", "Parks 2027", new BigDecimal("100000"), "CAD", 2027, "bc-finance");

    List<Outcome> outcomes = commitConcurrently("BC-PARKS", List.of("BC-1", "BC-2"), new BigDecimal("60000"));

    assertThat(outcomes).filteredOn(Outcome::committed).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.committed()).singleElement()
        .satisfies(o -> assertThat(o.rule()).isEqualTo(BudgetService.RULE_LINE_EXCEEDED));
    assertThat(budget.line("BC-PARKS").getCommitted()).isEqualByComparingTo("60000");
    assertThat(jdbc.queryForObject("select count(*) from budget_commitment where line_code = 'BC-PARKS'", Long.class))
        .isEqualTo(1);
  }

  @Test
  void manyCasesRacingForOneLineCommitExactlyWhatFits() throws Exception {
    budget.createLine("BC-LIBS", "Libraries 2027", new BigDecimal("100000"), "CAD", 2027, "bc-finance");
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cases.add("BC-L" + i);
    }

    List<Outcome> outcomes = commitConcurrently("BC-LIBS", cases, new BigDecimal("30000"));

    assertThat(outcomes).filteredOn(Outcome::committed).hasSize(3);
    assertThat(budget.line("BC-LIBS").getCommitted()).isEqualByComparingTo("90000");
    assertThat(jdbc.queryForObject("select sum(amount) from budget_commitment where line_code = 'BC-LIBS'",
        BigDecimal.class)).isEqualByComparingTo("90000");
  }

  @Test
  void aReApprovedCaseReplacesItsCommitmentInsteadOfAddingToIt() {
    budget.createLine("BC-ROADS", "Roads 2027", new BigDecimal("100000"), "CAD", 2027, "bc-finance");
    tx.executeWithoutResult(s -> budget.commit("BC-R1", "BC-ROADS", new BigDecimal("70000"), "bc-finance"));
    tx.executeWithoutResult(s -> budget.commit("BC-R1", "BC-ROADS", new BigDecimal("80000"), "bc-finance"));

    assertThat(budget.line("BC-ROADS").getCommitted()).isEqualByComparingTo("80000");
  }

  record Outcome(boolean committed, String rule) {
  }

  private List<Outcome> commitConcurrently(String line, List<String> cases, BigDecimal amount) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(cases.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (String caseRef : cases) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            tx.executeWithoutResult(s -> budget.commit(caseRef, line, amount, "bc-finance"));
            return new Outcome(true, null);
          } catch (BusinessRuleViolation e) {
            return new Outcome(false, e.getRule());
          }
        }));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdown();
    }
  }
}
