package org.coproduce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatch as the award process runs it, in an asynchronous Camunda job: an SMTP outage uses up the
 * job's retries and becomes an incident whose message names the batch, the counts and the cause;
 * the operator's retry after the server is back sends each notice exactly once and the process
 * moves on.
 */
@PostgresIntegrationTest
class NotificationJobIT {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(TestMailServer.setup());

  @Autowired AwardNotices awardNotices;
  @Autowired Notifications notifications;
  @Autowired TransactionTemplate tx;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  @Test
  void anOutageBecomesAnIncidentAndTheOperatorsRetrySendsEachNoticeOnce() throws Exception {
    repository.createDeployment().name("notification-job-test").enableDuplicateFiltering(false)
        .addClasspathResource("notification/NotificationJobTestProcess.bpmn").deploy();
    greenMail.stop();
    String batch = tx.execute(s -> awardNotices.enqueueFor(AwardNoticesTest.decision(UUID.randomUUID(), 1)));

    String instance = runtime.startProcessInstanceByKey("NotificationJobTestProcess", Map.of("batchKey", batch))
        .getId();

    // The job executor tries three times, then gives up with an incident.
    Incident incident = await("an incident", () -> runtime.createIncidentQuery().processInstanceId(instance)
        .singleResult());
    // (Here the expression language puts the exception's class first; a delegate's incident shows the message alone.)
    assertThat(incident.getIncidentMessage())
        .contains("4 of 4 notices of batch " + batch + " not sent (0 sent, 0 of them now; none is sent twice).")
        .contains("Connection refused");
    assertThat(notifications.batch(batch)).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.PENDING);
      assertThat(n.attempts()).isEqualTo(3);
    });

    // The server is back; the operator retries the job (as Cockpit's retry does, here run at once).
    greenMail.start();
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(job.getRetries()).isZero();
    management.executeJob(job.getId());

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count())
        .as("the process moved on").isEqualTo(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(Arrays.stream(received).map(NotificationJobIT::recipient)).containsExactlyInAnyOrder(
        "bids@alder.example", "tenders@birch.example", "office@cedar.example", "bids@dogwood.example");
    assertThat(notifications.batch(batch)).allSatisfy(n -> assertThat(n.status()).isEqualTo(NoticeStatus.SENT));
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T await(String what, Supplier<T> probe) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Timed out waiting for " + what);
  }
}
