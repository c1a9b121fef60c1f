package org.coproduce.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on PostgreSQL: a notice exists if and only if its transaction committed, once per dedup key. */
@PostgresIntegrationTest
class NotificationOutboxIT {

  @Autowired Notifications notifications;
  @Autowired AwardNotices awardNotices;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  private static Notice notice(String batch, String dedupKey) {
    return new Notice(batch, dedupKey, "C-OUTBOX", "supplier-x", "x@example.org", "Subject", "Body");
  }

  private int rows(String dedupKey) {
    return jdbc.queryForObject("select count(*) from notification_notice where dedup_key = ?", Integer.class, dedupKey);
  }

  @Test
  void aNoticeEnqueuedInATransactionThatRollsBackDoesNotExist() {
    String batch = "rollback:" + UUID.randomUUID();

    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      notifications.enqueue(notice(batch, batch + ":1"));
      assertThat(rows(batch + ":1")).as("visible inside its transaction").isEqualTo(1);
      throw new IllegalStateException("the award decision failed");
    })).hasMessage("the award decision failed");

    assertThat(rows(batch + ":1")).isZero();
    assertThat(notifications.batch(batch)).isEmpty();
  }

  @Test
  void theAwardNoticesRollBackWithTheDecision() {
    UUID tender = UUID.randomUUID();

    tx.executeWithoutResult(s -> {
      awardNotices.enqueueFor(AwardNoticesTest.decision(tender, 1));
      s.setRollbackOnly();
    });

    assertThat(notifications.batch(AwardNotices.batchKey(tender, 1))).isEmpty();
  }

  @Test
  void aCommittedNoticeIsPendingWithItsMessageId() {
    String batch = "commit:" + UUID.randomUUID();

    boolean added = tx.execute(s -> notifications.enqueue(notice(batch, batch + ":1")));

    assertThat(added).isTrue();
    assertThat(notifications.batch(batch)).singleElement().satisfies(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.PENDING);
      assertThat(n.attempts()).isZero();
      assertThat(n.caseRef()).isEqualTo("C-OUTBOX");
      assertThat(n.createdAt()).isNotNull();
      assertThat(n.messageId()).matches("<notice\\.[0-9a-f]{40}@coproduce\\.local>");
    });
  }

  @Test
  void enqueueingOutsideATransactionIsRefused() {
    String batch = "notx:" + UUID.randomUUID();

    assertThatThrownBy(() -> notifications.enqueue(notice(batch, batch + ":1")))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(rows(batch + ":1")).isZero();
  }

  @Test
  void theSameDedupKeyTwiceGivesOneNotice() {
    String batch = "dedup:" + UUID.randomUUID();

    boolean first = tx.execute(s -> notifications.enqueue(notice(batch, batch + ":1")));
    boolean second = tx.execute(s -> notifications.enqueue(notice(batch, batch + ":1")));
    boolean sameTransaction = tx.execute(s -> notifications.enqueue(notice(batch, batch + ":2"))
        & notifications.enqueue(notice(batch, batch + ":2")));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(sameTransaction).isFalse();
    assertThat(rows(batch + ":1")).isEqualTo(1);
    assertThat(rows(batch + ":2")).isEqualTo(1);
  }

  /**
   * Two transactions enqueue the same notice at once. The second waits on the unique constraint
   * until the first commits, and then its enqueue is a no-op: its transaction, and the rest of what
   * it wrote, still commits.
   */
  @Test
  void concurrentEnqueuesOfOneNoticeGiveOneNoticeAndBothTransactionsCommit() throws Exception {
    String batch = "race:" + UUID.randomUUID();
    CountDownLatch firstInserted = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> first = pool.submit(() -> tx.execute(s -> {
        boolean added = notifications.enqueue(notice(batch, batch + ":shared"));
        firstInserted.countDown();
        sleep(700); // the second transaction's insert is waiting on this one meanwhile
        return added;
      }));
      Future<Boolean> second = pool.submit(() -> {
        firstInserted.await(10, TimeUnit.SECONDS);
        return tx.execute(s -> {
          boolean added = notifications.enqueue(notice(batch, batch + ":shared"));
          notifications.enqueue(notice(batch, batch + ":second-only"));
          return added;
        });
      });

      assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
      assertThat(second.get(20, TimeUnit.SECONDS)).isFalse();
    } finally {
      pool.shutdown();
    }
    assertThat(rows(batch + ":shared")).isEqualTo(1);
    assertThat(rows(batch + ":second-only")).as("the second transaction committed").isEqualTo(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
