package org.coproduce.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.coproduce.testsupport.TestMailServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on the zero-setup demo database (H2 in its regular mode): the same SQL, savepoints and
 * conditional updates work there as on PostgreSQL.
 */
// Starts applications of its own: it runs in a JVM of its own (pom: failsafe "own-application").
@Tag("own-application")
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:notification;DB_CLOSE_DELAY=-1",
    "spring.mail.host=127.0.0.1",
    // Camunda keeps engines in a JVM-wide registry by name: as "default" this engine would take the
    // place of the shared PostgreSQL test context's engine in that context's engine REST API.
    "camunda.bpm.process-engine-name=notification-h2",
    "logging.level.root=WARN"})
@ContextConfiguration(initializers = TestMailServer.class)
class NotificationH2IT {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(TestMailServer.setup());

  @Autowired Notifications notifications;
  @Autowired AwardNotices awardNotices;
  @Autowired TransactionTemplate tx;
  @Autowired DataSource dataSource;

  @Test
  void enqueuesOnceRollsBackAndDispatchesEachNoticeOnceOnH2() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
    UUID tender = UUID.randomUUID();
    String batch = AwardNotices.batchKey(tender, 1);
    tx.executeWithoutResult(s -> {
      awardNotices.enqueueFor(AwardNoticesTest.decision(tender, 1));
      s.setRollbackOnly();
    });
    assertThat(notifications.batch(batch)).isEmpty();

    tx.execute(s -> awardNotices.enqueueFor(AwardNoticesTest.decision(tender, 1)));
    tx.execute(s -> awardNotices.enqueueFor(AwardNoticesTest.decision(tender, 1)));
    assertThat(notifications.batch(batch)).hasSize(4);

    assertThat(notifications.dispatch(batch)).isEqualTo(new DispatchResult(batch, 4, 4, 0));
    assertThat(notifications.dispatch(batch)).isEqualTo(new DispatchResult(batch, 4, 0, 4));
    assertThat(greenMail.getReceivedMessages()).hasSize(4);
  }

  @Test
  void anOutageLeavesTheNoticesPendingWithTheirAttemptsOnH2() {
    greenMail.stop();
    UUID tender = UUID.randomUUID();
    String batch = tx.execute(s -> awardNotices.enqueueFor(AwardNoticesTest.decision(tender, 1)));

    assertThatThrownBy(() -> notifications.dispatch(batch)).isInstanceOf(NotificationDispatchException.class)
        .hasMessageContaining("Connection refused");

    assertThat(notifications.batch(batch)).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.PENDING);
      assertThat(n.attempts()).isEqualTo(1);
    });
    greenMail.start();
    assertThat(notifications.dispatch(batch).sentNow()).isEqualTo(4);
  }
}
