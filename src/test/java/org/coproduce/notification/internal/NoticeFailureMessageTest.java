package org.coproduce.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduce.notification.NotificationDispatchException.FailedNotice;
import org.junit.jupiter.api.Test;

/** The message an operator reads in the incident: counts first, then each cause once. */
class NoticeFailureMessageTest {

  @Test
  void groupsTheNoticesByCauseAndListsTwoCauses() {
    String message = MailOutbox.failureMessage("award:T:1", 9, 2, 1, List.of(
        new FailedNotice("award:T:1:a", "Connection refused"),
        new FailedNotice("award:T:1:b", "550 5.1.1 User unknown."),
        new FailedNotice("award:T:1:c", "Connection refused"),
        new FailedNotice("award:T:1:d", "Connection refused"),
        new FailedNotice("award:T:1:e", "being sent by another dispatch"),
        new FailedNotice("award:T:1:f", "Read timed out")));

    assertThat(message).isEqualTo("6 of 9 notices of batch award:T:1 not sent (3 sent, 2 of them now; none is "
        + "sent twice). The failed ones stay pending and go out when the batch is dispatched again, once the cause "
        + "is fixed. Connection refused: award:T:1:a and 2 more. 550 5.1.1 User unknown: award:T:1:b. "
        + "And 2 other causes.");
  }

  @Test
  void describesASendFailureByTheMailLibrarysWordsAndTheRootCause() {
    Exception failure = new org.springframework.mail.MailSendException("Mail server connection failed",
        new jakarta.mail.MessagingException("Couldn't connect to host, port: mail.city, 25; timeout 5000",
            new java.net.ConnectException("Connection refused")));

    assertThat(FailureCauses.describe(failure, 300))
        .isEqualTo("Couldn't connect to host, port: mail.city, 25; timeout 5000 (ConnectException: Connection refused)");
    assertThat(FailureCauses.describe(new IllegalStateException("x".repeat(400)), 50)).hasSize(50).endsWith("…");
  }
}
