package org.coproduce.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision record as an outsider sees it: anonymous reads, and the hashes recomputed from the
 * published fields alone with the formula of docs/decision-record.md (implemented here again, not
 * borrowed from the application).
 */
@PostgresIntegrationTest
class DecisionRecordApiIT {

  static final String GENESIS = "0".repeat(64);

  @Autowired TestRestTemplate http;
  @Autowired DecisionRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aCasesDecisionsArePublicWithEverythingNeededToRecomputeTheirHashes() throws Exception {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", "fits the line, \"quoted\" and ünïcode");
    details.put("amount", new java.math.BigDecimal("1200.50"));
    details.put("at", java.time.Instant.parse("2026-03-01T10:15:30Z"));
    List<RecordedDecision> written = tx.execute(s -> List.of(
        record.append(new Decision("C-API-1", "officer", "commissioning-officer", "case.opened", "budget-control",
            "opened", details)),
        record.append(new Decision("C-API-1", "finance", "finance", "budget.check-approved", "segregation-of-duties",
            "approved", Map.of()))));

    ResponseEntity<String> response = http.getForEntity("/api/public/decisions?caseRef=C-API-1", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode entries = json.readTree(response.getBody());
    assertThat(entries).hasSize(2);
    JsonNode first = entries.get(0);
    assertThat(first.get("seq").asLong()).isEqualTo(written.get(0).seq());
    assertThat(first.get("actor").asText()).isEqualTo("officer");
    assertThat(first.get("role").asText()).isEqualTo("commissioning-officer");
    assertThat(first.get("rule").asText()).isEqualTo("budget-control");
    assertThat(first.get("outcome").asText()).isEqualTo("opened");
    assertThat(json.readTree(first.get("details").asText()).get("amount").decimalValue())
        .isEqualByComparingTo("1200.50");
    for (JsonNode entry : entries) {
      assertThat(sha256(entry.get("details").asText())).isEqualTo(entry.get("digest").asText());
      assertThat(entryHash(entry)).isEqualTo(entry.get("hash").asText());
    }
    assertThat(entries.get(1).get("prevHash").asText()).isEqualTo(first.get("hash").asText());
  }

  @Test
  void anOutsiderWalksTheWholeChainPageByPage() throws Exception {
    tx.executeWithoutResult(s -> {
      for (int i = 0; i < 5; i++) {
        record.append(new Decision(null, "system", "system", "test.paging", "test-rule", "n" + i, Map.of("n", i)));
      }
    });
    String prev = GENESIS;
    long expectedSeq = 1;
    String next = "/api/public/decisions?fromSeq=1&limit=3";
    int pages = 0;
    List<Long> seen = new ArrayList<>();
    while (next != null) {
      ResponseEntity<String> page = http.getForEntity(next, String.class);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      for (JsonNode entry : json.readTree(page.getBody())) {
        assertThat(entry.get("seq").asLong()).isEqualTo(expectedSeq++);
        assertThat(entry.get("prevHash").asText()).isEqualTo(prev);
        assertThat(entryHash(entry)).isEqualTo(entry.get("hash").asText());
        prev = entry.get("hash").asText();
        seen.add(entry.get("seq").asLong());
      }
      String link = page.getHeaders().getFirst(HttpHeaders.LINK);
      next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
      pages++;
    }
    assertThat(pages).isGreaterThan(1);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
    assertThat(http.getForEntity("/api/public/decisions?limit=5000", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void theVerifyEndpointReportsIntactAndTheFirstBrokenEntry() throws Exception {
    long seq = tx.execute(s -> record.append(new Decision("C-API-2", "officer", "commissioning-officer",
        "case.opened", "budget-control", "opened", Map.of("envelope", 5000))).seq());

    JsonNode intact = json.readTree(http.getForEntity("/api/public/decisions/verify", String.class).getBody());
    assertThat(intact.get("intact").asBoolean()).isTrue();
    assertThat(intact.get("entriesChecked").asLong()).isGreaterThanOrEqualTo(seq);
    assertThat(intact.get("firstBrokenEntry").isNull()).isTrue();

    // The endpoint reads committed rows, so this tampering is committed, and undone right after.
    String outcome = jdbc.queryForObject("select outcome from decision_record where seq = ?", String.class, seq);
    try {
      jdbc.update("update decision_record set outcome = 'rejected' where seq = ?", seq);
      JsonNode broken = json.readTree(http.getForEntity("/api/public/decisions/verify", String.class).getBody());
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("firstBrokenEntry").get("seq").asLong()).isEqualTo(seq);
      assertThat(broken.get("firstBrokenEntry").get("reason").asText()).contains("edited");
    } finally {
      jdbc.update("update decision_record set outcome = ? where seq = ?", outcome, seq);
    }
    assertThat(record.verify().intact()).isTrue();
  }

  /** docs/decision-record.md: SHA-256 over the fields joined by line feeds, lower-case hex. */
  static String entryHash(JsonNode e) throws Exception {
    String caseRef = e.get("caseRef").isNull() ? "" : e.get("caseRef").asText();
    return sha256(String.join("\n", e.get("prevHash").asText(), e.get("seq").asText(), caseRef,
        e.get("actor").asText(), e.get("role").asText(), e.get("action").asText(), e.get("rule").asText(),
        e.get("outcome").asText(), e.get("digest").asText(), e.get("time").asText()));
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
