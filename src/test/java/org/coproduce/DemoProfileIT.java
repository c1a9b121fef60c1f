package org.coproduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The zero-setup default: no profile chosen means the demo on embedded H2 (here in memory instead
 * of ./data), with the same Flyway migrations as PostgreSQL, the documented demo logins and a
 * tender open for bids.
 */
// Starts applications of its own: it runs in a JVM of its own (pom: failsafe "own-application").
@Tag("own-application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1",
    // Camunda keeps engines in a JVM-wide registry by name: as "default" this engine would take the
    // place of the shared PostgreSQL test context's engine in that context's engine REST API.
    "camunda.bpm.process-engine-name=demo",
    "logging.level.root=WARN"})
class DemoProfileIT {

  @Autowired TestRestTemplate http;
  @Autowired IdentityDirectory identities;
  @Autowired DataSource dataSource;

  @Test
  void runsOnEmbeddedH2WithTheDemoLogins() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
    assertThat(http.withBasicAuth("admin", "admin")
        .getForEntity("/engine-rest/engine/demo/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("officer", "officer").getForEntity("/api/whoami", String.class).getBody())
        .contains(Roles.COMMISSIONING_OFFICERS);
    assertThat(identities.membersOf(Roles.CITIZENS)).contains("citizen1", "citizen6");
    assertThat(identities.membersOf(Roles.SUPPLIERS)).containsExactly("supplier1", "supplier2", "supplier3");
    assertThat(identities.groupsOf("admin")).containsExactly(Roles.ADMINISTRATORS);
    assertThat(identities.groupsOf("finance")).contains(Roles.FINANCE);
    assertThat(identities.groupsOf("approver")).contains(Roles.APPROVERS);
  }

  @Test
  void aNewcomerCanBidOnTheDemoTenderAtOnce() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode open = json.readTree(http.getForEntity("/api/tenders?status=open", String.class).getBody());
    assertThat(open).isNotEmpty();
    String tenderId = open.get(0).get("id").asText();
    assertThat(Instant.parse(open.get(0).get("submissionDeadline").asText()))
        .isAfter(Instant.now().plus(Duration.ofDays(4)));

    // The README's curl, on the H2 demo database.
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", "k1");
    String body = "{\"price\": 118500.00, \"technicalResponse\": \"Two local hubs.\", "
        + "\"socialValueResponse\": \"Eight local jobs.\"}";
    ResponseEntity<String> receipt = http.withBasicAuth("supplier1", "supplier1").exchange(
        "/api/tenders/" + tenderId + "/bids", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

    assertThat(receipt.getStatusCode()).as(receipt.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(receipt.getBody()).get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(http.withBasicAuth("supplier1", "supplier1").exchange("/api/tenders/" + tenderId + "/bids",
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getBody()).isEqualTo(receipt.getBody());
  }
}
