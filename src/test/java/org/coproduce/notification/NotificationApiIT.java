package org.coproduce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** Administrators see where the outbox stands, never a notice's text; nobody else sees it at all. */
@PostgresIntegrationTest
class NotificationApiIT {

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired IdentityDirectory identities;
  @Autowired TransactionTemplate tx;

  @Test
  void administratorsListPendingNoticesWithoutTheirText() {
    String batch = "api:" + UUID.randomUUID();
    tx.executeWithoutResult(s -> notifications.enqueue(new Notice(batch, batch + ":1", "C-API", "supplier-api",
        "api@example.org", "Your tender", "SECRET-BODY-CANARY")));

    ResponseEntity<String> pending = http.withBasicAuth("admin", "admin-secret")
        .getForEntity("/api/notifications?status=PENDING&limit=1000", String.class);

    assertThat(pending.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pending.getBody()).contains("\"dedupKey\":\"" + batch + ":1\"").contains("\"status\":\"PENDING\"")
        .contains("\"attempts\":0").contains("\"recipientUserId\":\"supplier-api\"")
        .doesNotContain("SECRET-BODY-CANARY").doesNotContain("\"body\"");

    ResponseEntity<String> ofBatch = http.withBasicAuth("admin", "admin-secret")
        .getForEntity("/api/notifications?batch={batch}", String.class, batch);
    assertThat(ofBatch.getBody()).startsWith("[{").contains(batch + ":1").doesNotContain("SECRET-BODY-CANARY");

    ResponseEntity<String> sent = http.withBasicAuth("admin", "admin-secret")
        .getForEntity("/api/notifications?status=SENT&batch={batch}", String.class, batch);
    assertThat(sent.getBody()).isEqualTo("[]");
  }

  @Test
  void othersAreRefused() {
    identities.ensureUser("notify-officer", "Test", "Officer", null, "officer-secret");
    identities.addToGroup("notify-officer", Roles.COMMISSIONING_OFFICERS);

    assertThat(http.getForEntity("/api/notifications", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("notify-officer", "officer-secret").getForEntity("/api/notifications",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aBadStatusIsABadRequest() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "admin-secret")
        .getForEntity("/api/notifications?status=LOST", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
