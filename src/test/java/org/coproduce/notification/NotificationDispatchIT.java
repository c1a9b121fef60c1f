package org.coproduce.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatch over real SMTP (GreenMail) from the outbox on PostgreSQL: every notice once, the texts as
 * the bidders read them, an outage and a rejected address survived without losing or repeating a
 * notice, and a notice another node is sending left to it.
 */
@PostgresIntegrationTest
class NotificationDispatchIT {

  /** Started before and stopped after each test, on the port the application sends to. */
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(TestMailServer.setup());

  @Autowired Notifications notifications;
  @Autowired AwardNotices awardNotices;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private String enqueueAward(UUID tender, String... emails) {
    AwardDecisionNotice decision = emails.length == 0 ? AwardNoticesTest.decision(tender, 1)
        : AwardNoticesTest.decision(tender, 1, emails);
    return tx.execute(s -> awardNotices.enqueueFor(decision));
  }

  private static Map<String, MimeMessage> receivedByRecipient() throws Exception {
    MimeMessage[] received = greenMail.getReceivedMessages();
    List<String> recipients = Arrays.stream(received).map(NotificationDispatchIT::recipient).toList();
    assertThat(recipients).as("one message per recipient").doesNotHaveDuplicates();
    return Arrays.stream(received).collect(Collectors.toMap(NotificationDispatchIT::recipient, Function.identity()));
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage message) throws Exception {
    return message.getContent().toString().replace("\r\n", "\n");
  }

  private Map<String, NoticeView> byUser(String batch) {
    return notifications.batch(batch).stream().collect(Collectors.toMap(NoticeView::recipientUserId, n -> n));
  }

  @Test
  void everyBidderGetsOneMailTheWinnerAnIntentionToAwardTheOthersTheirScoresBesideTheWinners() throws Exception {
    String batch = enqueueAward(UUID.randomUUID());

    DispatchResult result = notifications.dispatch(batch);

    assertThat(result).isEqualTo(new DispatchResult(batch, 4, 4, 0));
    Map<String, MimeMessage> mail = receivedByRecipient();
    assertThat(mail).containsOnlyKeys("bids@alder.example", "tenders@birch.example", "office@cedar.example",
        "bids@dogwood.example");

    MimeMessage alder = mail.get("bids@alder.example");
    assertThat(alder.getSubject()).isEqualTo("Intention to award: Home care in the east ward (C-2026-007)");
    assertThat(text(alder)).contains("the city intends to award this contract to you")
        .contains("Tuesday 12 May 2026 at 17:00 UTC").contains("/challenges");
    assertThat(alder.getFrom()[0].toString()).isEqualTo("Coproduce <noreply@coproduce.local>");
    assertThat(alder.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
    assertThat(alder.getHeader("Auto-Submitted")).containsExactly("auto-generated");

    MimeMessage birch = mail.get("tenders@birch.example");
    assertThat(birch.getSubject()).isEqualTo("Outcome of your tender: Home care in the east ward (C-2026-007)");
    assertThat(text(birch))
        .contains("- Quality of care (weight 40%): yours 7, successful tender 8.5. Sound staffing plan, thin on night cover.")
        .contains("- Social value (weight 30%): yours 6, successful tender 9.")
        .contains("Weighted total: yours 70, successful tender 82.5")
        .contains("Reasons for the decision:\nThe successful tender offered night cover in every ward")
        .doesNotContain("Cedar");
    assertThat(text(mail.get("office@cedar.example"))).contains("yours 5, successful tender 8.5")
        .contains("CEDAR-ONLY reasons.").doesNotContain("Birch");

    Map<String, NoticeView> stored = byUser(batch);
    assertThat(stored.values()).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
      assertThat(n.attempts()).isEqualTo(1);
      assertThat(n.sentAt()).isNotNull();
      assertThat(n.lastError()).isNull();
    });
    // The receiver sees the Message-ID the outbox derived from the dedup key, so a repeat is recognisable.
    assertThat(birch.getMessageID()).isEqualTo(stored.get("supplier-birch").messageId());
    assertThat(alder.getMessageID()).isEqualTo(stored.get("supplier-alder").messageId());
  }

  @Test
  void dispatchingAgainSendsNothingTwice() throws Exception {
    String batch = enqueueAward(UUID.randomUUID());
    notifications.dispatch(batch);

    DispatchResult again = notifications.dispatch(batch);

    assertThat(again).isEqualTo(new DispatchResult(batch, 4, 0, 4));
    assertThat(receivedByRecipient()).hasSize(4);
  }

  @Test
  void enqueueingTheSameAwardAgainSendsOneMailPerBidder() throws Exception {
    UUID tender = UUID.randomUUID();
    String batch = enqueueAward(tender);
    enqueueAward(tender);

    notifications.dispatch(batch);

    assertThat(receivedByRecipient()).hasSize(4);
  }

  @Test
  void textIsSentAsUtf8() throws Exception {
    String batch = "utf8:" + UUID.randomUUID();
    String body = "Grüße aus der Stadt — € 1 200, naïve café, Ørsted, 東京 ✓\nZweite Zeile.";
    tx.executeWithoutResult(s -> notifications.enqueue(new Notice(batch, batch + ":1", null, "u1",
        "someone@example.org", "Décision d’attribution – Ørsted", body)));

    notifications.dispatch(batch);

    MimeMessage message = greenMail.getReceivedMessages()[0];
    assertThat(message.getSubject()).isEqualTo("Décision d’attribution – Ørsted");
    assertThat(text(message)).isEqualTo(body);
  }

  @Test
  void anSmtpOutageFailsReadablyLosesNothingAndEachNoticeGoesOutOnceWhenTheServerIsBack() throws Exception {
    greenMail.stop();
    String batch = enqueueAward(UUID.randomUUID());

    assertThatThrownBy(() -> notifications.dispatch(batch))
        .isInstanceOfSatisfying(NotificationDispatchException.class, e -> {
          assertThat(e.getMessage()).startsWith("4 of 4 notices of batch " + batch + " not sent (0 sent, 0 of them "
              + "now; none is sent twice). The failed ones stay pending and go out when the batch is dispatched "
              + "again, once the cause is fixed. Couldn't connect to host, port: 127.0.0.1, " + TestMailServer.port())
              .endsWith("(ConnectException: Connection refused): " + batch + ":supplier-alder and 3 more.");
          assertThat(e.getFailed()).hasSize(4);
          assertThat(e.getSent()).isZero();
        });
    assertThat(notifications.batch(batch)).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.PENDING);
      assertThat(n.attempts()).isEqualTo(1);
      assertThat(n.lastError()).contains("Connection refused");
    });
    assertThat(jdbc.queryForObject("select count(*) from notification_notice where batch_key = ? "
        + "and claimed_by is not null", Integer.class, batch)).as("no notice left held").isZero();

    // The Camunda job retries: still down.
    assertThatThrownBy(() -> notifications.dispatch(batch)).isInstanceOf(NotificationDispatchException.class);
    assertThat(notifications.batch(batch)).allSatisfy(n -> assertThat(n.attempts()).isEqualTo(2));

    // The operator retries the incident once the server is back.
    greenMail.start();
    DispatchResult recovered = notifications.dispatch(batch);

    assertThat(recovered).isEqualTo(new DispatchResult(batch, 4, 4, 0));
    assertThat(receivedByRecipient()).hasSize(4);
    assertThat(notifications.batch(batch)).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
      assertThat(n.attempts()).isEqualTo(3);
      assertThat(n.lastError()).isNull();
    });
    notifications.dispatch(batch);
    assertThat(greenMail.getReceivedMessages()).hasSize(4);
  }

  @Test
  void aRejectedAddressFailsAloneTheOthersAreSentOnceAndNotAgain() throws Exception {
    String batch = enqueueAward(UUID.randomUUID(), "bids@alder.example", "tenders@birch.example",
        "office.cedar.example", "bids@dogwood.example");

    assertThatThrownBy(() -> notifications.dispatch(batch))
        .isInstanceOfSatisfying(NotificationDispatchException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("1 of 4 notices of batch " + batch + " not sent (3 sent, 3 of them "
              + "now; none is sent twice). The failed ones stay pending and go out when the batch is dispatched "
              + "again, once the cause is fixed. Invalid recipient address (Missing final '@domain'): " + batch
              + ":supplier-cedar.");
          assertThat(e.getFailed()).extracting(NotificationDispatchException.FailedNotice::dedupKey)
              .containsExactly(batch + ":supplier-cedar");
        });
    assertThat(receivedByRecipient()).containsOnlyKeys("bids@alder.example", "tenders@birch.example",
        "bids@dogwood.example");
    Map<String, NoticeView> stored = byUser(batch);
    assertThat(stored.get("supplier-cedar").status()).isEqualTo(NoticeStatus.PENDING);
    assertThat(stored.get("supplier-cedar").lastError()).contains("Invalid recipient address");
    assertThat(stored.get("supplier-birch").status()).isEqualTo(NoticeStatus.SENT);

    assertThatThrownBy(() -> notifications.dispatch(batch))
        .hasMessageStartingWith("1 of 4 notices of batch " + batch + " not sent (3 sent, 0 of them now;");
    assertThat(greenMail.getReceivedMessages()).as("nothing sent twice").hasSize(3);
  }

  /**
   * As in the Camunda job: the delegate's transaction rolls back when dispatch throws. What the mail
   * server accepted stays marked sent, and the failure stays counted, so the retry sends only the rest.
   */
  @Test
  void whatWasSentStaysSentWhenTheCallersTransactionRollsBack() throws Exception {
    String batch = enqueueAward(UUID.randomUUID(), "bids@alder.example", "tenders@birch.example",
        "office.cedar.example", "bids@dogwood.example");

    assertThatThrownBy(() -> tx.executeWithoutResult(s -> notifications.dispatch(batch)))
        .isInstanceOf(NotificationDispatchException.class);

    Map<String, NoticeView> stored = byUser(batch);
    assertThat(stored.get("supplier-birch").status()).isEqualTo(NoticeStatus.SENT);
    assertThat(stored.get("supplier-cedar").attempts()).isEqualTo(1);
    assertThat(stored.get("supplier-cedar").lastError()).contains("Invalid recipient address");
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> notifications.dispatch(batch)))
        .hasMessageContaining("(3 sent, 0 of them now;");
    assertThat(greenMail.getReceivedMessages()).hasSize(3);
  }

  @Test
  void aNoticeAnotherNodeIsSendingIsLeftToItUntilItsHoldRunsOut() throws Exception {
    String batch = enqueueAward(UUID.randomUUID());
    String birch = batch + ":supplier-birch";
    jdbc.update("update notification_notice set claimed_by = 'other-node', claimed_until = ? where dedup_key = ?",
        Timestamp.from(Instant.now().plusSeconds(60)), birch);

    assertThatThrownBy(() -> notifications.dispatch(batch))
        .isInstanceOfSatisfying(NotificationDispatchException.class, e -> assertThat(e.getMessage())
            .startsWith("1 of 4 notices of batch " + batch + " not sent (3 sent, 3 of them now;")
            .contains(" being sent by another dispatch (held until ").endsWith("): " + birch + "."));
    assertThat(receivedByRecipient()).hasSize(3).doesNotContainKey("tenders@birch.example");

    // That node died mid-send: its hold runs out and the next dispatch sends the notice.
    jdbc.update("update notification_notice set claimed_until = ? where dedup_key = ?",
        Timestamp.from(Instant.now().minusSeconds(1)), birch);
    assertThat(notifications.dispatch(batch)).isEqualTo(new DispatchResult(batch, 4, 1, 3));
    assertThat(receivedByRecipient()).hasSize(4).containsKey("tenders@birch.example");
  }

  @Test
  void dispatchInTheTransactionThatEnqueuedTheBatchIsRefused() throws Exception {
    UUID tender = UUID.randomUUID();
    String batch = tx.execute(s -> {
      String key = awardNotices.enqueueFor(AwardNoticesTest.decision(tender, 1));
      assertThatThrownBy(() -> notifications.dispatch(key)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("has not committed");
      return key;
    });

    assertThat(notifications.dispatch(batch).sentNow()).isEqualTo(4);
    assertThat(receivedByRecipient()).hasSize(4);
  }

  /** The notification job, running after the decision committed, enqueues and dispatches in one go. */
  @Test
  void aJobMayEnqueueNowAndDispatchAtOnceAndItsRetryAddsAndSendsNothingTwice() throws Exception {
    UUID tender = UUID.randomUUID();

    DispatchResult first = tx.execute(s -> notifications.dispatch(
        awardNotices.enqueueNow(AwardNoticesTest.decision(tender, 1))));
    DispatchResult retry = tx.execute(s -> notifications.dispatch(
        awardNotices.enqueueNow(AwardNoticesTest.decision(tender, 1))));

    assertThat(first.sentNow()).isEqualTo(4);
    assertThat(retry).isEqualTo(new DispatchResult(first.batchKey(), 4, 0, 4));
    assertThat(receivedByRecipient()).hasSize(4);
  }

  @Test
  void aBatchCommittedInAnInnerTransactionCanBeDispatchedFromTheOuterOne() throws Exception {
    TransactionTemplate inner = new TransactionTemplate(transactionManager);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    UUID outerTender = UUID.randomUUID();
    UUID innerTender = UUID.randomUUID();

    tx.executeWithoutResult(s -> {
      String outerBatch = awardNotices.enqueueFor(AwardNoticesTest.decision(outerTender, 1));
      String innerBatch = inner.execute(t -> awardNotices.enqueueFor(AwardNoticesTest.decision(innerTender, 1)));

      assertThat(notifications.dispatch(innerBatch).sentNow()).isEqualTo(4);
      assertThatThrownBy(() -> notifications.dispatch(outerBatch)).hasMessageContaining("has not committed");
    });
  }

  @Test
  void aBatchWithoutNoticesIsAnErrorNotASilentSuccess() {
    assertThatThrownBy(() -> notifications.dispatch(AwardNotices.batchKey(UUID.randomUUID(), 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No notices were enqueued");
  }
}
