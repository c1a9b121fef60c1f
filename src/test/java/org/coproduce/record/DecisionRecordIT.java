package org.coproduce.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision record on PostgreSQL: appends chain, and an edited, a deleted and a reordered row
 * are each detected at the right entry. Tampering happens in transactions that are rolled back, so
 * the shared chain stays intact for the other tests.
 */
@PostgresIntegrationTest
class DecisionRecordIT {

  @Autowired DecisionRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @Test
  void appendsOutsideATransactionAreRefused() {
    assertThatThrownBy(() -> record.append(decision("C-NOTX", "x")))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void entriesChainAndVerify() {
    List<RecordedDecision> written = tx.execute(s -> List.of(
        record.append(decision("C-CHAIN", "needs.agreed")),
        record.append(decision("C-CHAIN", "specification.approved"))));

    assertThat(written.get(1).prevHash()).isEqualTo(written.get(0).hash());
    assertThat(written.get(1).seq()).isEqualTo(written.get(0).seq() + 1);
    assertThat(record.ofCase("C-CHAIN")).extracting(RecordedDecision::action)
        .containsExactly("needs.agreed", "specification.approved");
    assertThat(record.verify().intact()).isTrue();
  }

  @Test
  void anEditedEntryIsDetectedAtThatEntry() {
    tamperAndRollBack(seqs -> {
      jdbc.update("update decision_record set outcome = 'rejected' where seq = ?", seqs.get(1));
      ChainVerification result = record.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(1));
      assertThat(result.reason()).contains("edited");
    });
  }

  @Test
  void editedDetailsAreDetectedAtThatEntry() {
    tamperAndRollBack(seqs -> {
      jdbc.update("update decision_record set details = '{\"amount\":1}' where seq = ?", seqs.get(2));
      ChainVerification result = record.verify();
      assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(2));
    });
  }

  @Test
  void aDeletedEntryIsDetectedAtThatEntry() {
    tamperAndRollBack(seqs -> {
      jdbc.update("delete from decision_record where seq = ?", seqs.get(1));
      ChainVerification result = record.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(1));
      assertThat(result.reason()).contains("deleted");
    });
  }

  @Test
  void aDeletedLastEntryIsDetected() {
    tamperAndRollBack(seqs -> {
      jdbc.update("delete from decision_record where seq = ?", seqs.get(2));
      ChainVerification result = record.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(seqs.get(2));
    });
  }

  @Test
  void reorderedEntriesAreDetectedAtTheFirstMovedEntry() {
    tamperAndRollBack(seqs -> {
      long a = seqs.get(0);
      long b = seqs.get(1);
      jdbc.update("update decision_record set seq = -1 where seq = ?", a);
      jdbc.update("update decision_record set seq = ? where seq = ?", a, b);
      jdbc.update("update decision_record set seq = ? where seq = -1", b);
      ChainVerification result = record.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(a);
    });
  }

  @Test
  void concurrentAppendsFormOneGapFreeChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<RecordedDecision>> jobs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        jobs.add(() -> tx.execute(s -> record.append(decision("C-CONC", "vote." + n))));
      }
      List<Long> seqs = new ArrayList<>();
      for (Future<RecordedDecision> f : pool.invokeAll(jobs)) {
        seqs.add(f.get().seq());
      }
      assertThat(seqs).doesNotHaveDuplicates().hasSize(40);
    } finally {
      pool.shutdown();
    }
    assertThat(record.verify().intact()).isTrue();
  }

  private void tamperAndRollBack(java.util.function.Consumer<List<Long>> tamper) {
    tx.executeWithoutResult(status -> {
      List<Long> seqs = List.of(record.append(decision("C-TAMPER", "a")).seq(),
          record.append(decision("C-TAMPER", "b")).seq(), record.append(decision("C-TAMPER", "c")).seq());
      assertThat(record.verify().intact()).isTrue();
      tamper.accept(seqs);
      status.setRollbackOnly();
    });
    assertThat(record.verify().intact()).as("rolled back").isTrue();
  }

  private static Decision decision(String caseRef, String action) {
    return new Decision(caseRef, "officer", "commissioning-officer", action, "test-rule", "approved",
        Map.of("amount", 1200, "reason", "fits the budget line"));
  }
}
