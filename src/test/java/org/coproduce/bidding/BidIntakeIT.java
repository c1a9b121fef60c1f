package org.coproduce.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.bidding.BidFixtures.bid;
import static org.coproduce.bidding.BidFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.variable.Variables;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.coproduce.tender.TenderService;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supplier's bid API on PostgreSQL, through HTTP with each supplier's own login, with the
 * application clock moved to the millisecond around the deadline.
 */
@PostgresIntegrationTest
class BidIntakeIT {

  @Autowired TestRestTemplate http;
  @Autowired TenderService tenders;
  @Autowired IdentityDirectory identities;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;

  BidFixtures fx;
  String supplierA;
  String supplierB;

  @BeforeEach
  void setUp() {
    fx = new BidFixtures(tenders, identities, http, clock);
    supplierA = fx.supplier("supplier-a");
    supplierB = fx.supplier("supplier-b");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aBidOneMillisecondBeforeTheDeadlineIsReceiptedWithTheServerTime() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Instant deadline = fx.deadlineOf(tender);
    clock.setTo(deadline.minusMillis(1));

    ResponseEntity<String> response = fx.submit(supplierA, tender, "k-early", bid("1000.50", "tech", "social"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode receipt = json(response);
    assertThat(receipt.get("tenderId").asText()).isEqualTo(tender.toString());
    assertThat(receipt.get("receivedAt").asText()).isEqualTo(millis(deadline.minusMillis(1)));
    assertThat(receipt.get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(response.getHeaders().getLocation()).hasToString(
        "/api/tenders/" + tender + "/bids/" + receipt.get("bidId").asText());
    assertThat(rows(tender)).isEqualTo(1);
  }

  @Test
  void aBidOneMillisecondAfterTheDeadlineIsRefusedAndLeavesNoRow() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    clock.setTo(fx.deadlineOf(tender).plusMillis(1));

    ResponseEntity<String> response = fx.submit(supplierA, tender, "k-late", bid("1000", "tech", "social"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json(response).get("rule").asText()).isEqualTo("bidding.deadline-passed");
    assertThat(rows(tender)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from bid_version v join bid b on b.id = v.bid_id "
        + "where b.tender_id = ?", Long.class, tender)).isZero();
  }

  @Test
  void aBidReceivedExactlyAtTheDeadlineIsLate() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    clock.setTo(fx.deadlineOf(tender));

    ResponseEntity<String> response = fx.submit(supplierA, tender, "k-exact", bid("1000", "tech", "social"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(rows(tender)).isZero();
  }

  @Test
  void anIdempotentRetryReturnsTheSameReceiptAndStoresOneBid() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Map<String, Object> body = bid("2500.00", "tech", "social");

    ResponseEntity<String> first = fx.submit(supplierA, tender, "k-retry", body);
    clock.setTo(clock.instant().plusSeconds(5));
    ResponseEntity<String> retry = fx.submit(supplierA, tender, "k-retry", body);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json(retry)).isEqualTo(json(first));
    assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(rows(tender)).isEqualTo(1);

    // After the deadline the repeat still gets its receipt: it stores nothing new.
    clock.setTo(fx.deadlineOf(tender).plusSeconds(1));
    assertThat(json(fx.submit(supplierA, tender, "k-retry", body))).isEqualTo(json(first));
  }

  @Test
  void concurrentRetriesWithOneKeyStoreOneBid() throws Exception {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Map<String, Object> body = bid("3000", "tech", "social");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<ResponseEntity<String>>> retries = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        retries.add(() -> fx.submit(supplierA, tender, "k-race", body));
      }
      List<String> bidIds = new ArrayList<>();
      for (Future<ResponseEntity<String>> f : pool.invokeAll(retries)) {
        assertThat(f.get().getStatusCode()).as(f.get().getBody()).isEqualTo(HttpStatus.CREATED);
        bidIds.add(json(f.get()).get("bidId").asText());
      }
      assertThat(bidIds).containsOnly(bidIds.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(rows(tender)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithOtherContentIsRefused() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    fx.submit(supplierA, tender, "k-reuse", bid("100", "tech", "social"));

    ResponseEntity<String> reuse = fx.submit(supplierA, tender, "k-reuse", bid("99", "tech", "social"));

    assertThat(reuse.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json(reuse).get("rule").asText()).isEqualTo("bidding.idempotency-key-reused");
    assertThat(rows(tender)).isEqualTo(1);
  }

  @Test
  void aSupplierHasOneStandingBidPerTender() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    String bidId = bidId(fx.submit(supplierA, tender, "k-one", bid("100", "tech", "social")));

    ResponseEntity<String> second = fx.submit(supplierA, tender, "k-two", bid("90", "tech", "social"));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json(second).get("rule").asText()).isEqualTo("bidding.one-bid-per-supplier");

    fx.withdraw(supplierA, tender, bidId);
    assertThat(fx.submit(supplierA, tender, "k-two", bid("90", "tech", "social")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void replaceBeforeTheDeadlineKeepsEarlierVersionsAndIsRefusedAfter() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Instant deadline = fx.deadlineOf(tender);
    clock.setTo(deadline.minusSeconds(60));
    JsonNode first = json(fx.submit(supplierA, tender, "k-replace", bid("100", "first", "social")));
    String bidId = first.get("bidId").asText();

    clock.setTo(deadline.minusMillis(1));
    ResponseEntity<String> replaced = fx.replace(supplierA, tender, bidId, bid("90", "second", "social"));
    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode receipt = json(replaced);
    assertThat(receipt.get("version").asInt()).isEqualTo(2);
    assertThat(receipt.get("receivedAt").asText()).isEqualTo(millis(deadline.minusMillis(1)));
    assertThat(receipt.get("sha256").asText()).isNotEqualTo(first.get("sha256").asText());

    clock.setTo(deadline.plusMillis(1));
    ResponseEntity<String> late = fx.replace(supplierA, tender, bidId, bid("80", "third", "social"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json(late).get("rule").asText()).isEqualTo("bidding.deadline-passed");

    JsonNode stored = json(fx.get(supplierA, "/api/tenders/" + tender + "/bids/" + bidId));
    assertThat(stored.get("currentVersion").asInt()).isEqualTo(2);
    assertThat(stored.get("sha256").asText()).isEqualTo(receipt.get("sha256").asText());
    assertThat(stored.get("receipts")).hasSize(2);
    assertThat(stored.get("receipts").get(0).get("sha256").asText()).isEqualTo(first.get("sha256").asText());
    assertThat(jdbc.queryForObject("select count(*) from bid_version where bid_id = ?", Long.class,
        UUID.fromString(bidId))).isEqualTo(2);
  }

  @Test
  void withdrawBeforeTheDeadlineKeepsTheVersionsAndIsRefusedAfter() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Instant deadline = fx.deadlineOf(tender);
    String kept = bidId(fx.submit(supplierA, tender, "k-keep", bid("100", "tech", "social")));
    String gone = bidId(fx.submit(supplierB, tender, "k-gone", bid("100", "tech", "social")));

    clock.setTo(deadline.minusMillis(1));
    ResponseEntity<String> withdrawn = fx.withdraw(supplierB, tender, gone);
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(json(withdrawn).get("withdrawnAt").asText()).isEqualTo(millis(deadline.minusMillis(1)));

    clock.setTo(deadline.plusMillis(1));
    ResponseEntity<String> late = fx.withdraw(supplierA, tender, kept);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json(late).get("rule").asText()).isEqualTo("bidding.deadline-passed");

    assertThat(json(fx.get(supplierA, "/api/tenders/" + tender + "/bids/" + kept)).get("status").asText())
        .isEqualTo("SUBMITTED");
    assertThat(jdbc.queryForObject("select count(*) from bid_version where bid_id = ?", Long.class,
        UUID.fromString(gone))).isEqualTo(1);
  }

  @Test
  void aSupplierCannotSeeOrChangeAnotherSuppliersBid() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    String bidOfA = bidId(fx.submit(supplierA, tender, "k-a", bid("100", "tech", "social")));
    String path = "/api/tenders/" + tender + "/bids/" + bidOfA;

    // 404, exactly as for a bid that does not exist: B learns nothing about A's bid.
    ResponseEntity<String> read = fx.get(supplierB, path);
    ResponseEntity<String> missing = fx.get(supplierB, "/api/tenders/" + tender + "/bids/" + UUID.randomUUID());
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read.getBody()).doesNotContain(supplierA);
    assertThat(fx.replace(supplierB, tender, bidOfA, bid("1", "x", "y")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(fx.withdraw(supplierB, tender, bidOfA).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json(fx.get(supplierB, "/api/tenders/" + tender + "/bids"))).isEmpty();
    assertThat(json(fx.get(supplierB, "/api/bids")).findValuesAsText("bidId")).doesNotContain(bidOfA);

    assertThat(json(fx.get(supplierA, path)).get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(json(fx.get(supplierA, "/api/bids")).findValuesAsText("bidId")).contains(bidOfA);
  }

  @Test
  void onlySuppliersMayBid() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    String citizen = fx.user("citizen-bidder", Roles.CITIZENS);

    assertThat(fx.submit(citizen, tender, "k-c", bid("1", "x", "y")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.postForEntity("/api/tenders/" + tender + "/bids", bid("1", "x", "y"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rows(tender)).isZero();

    // Joining the suppliers applies at once, although the API remembers verified logins.
    identities.addToGroup(citizen, Roles.SUPPLIERS);
    assertThat(fx.submit(citizen, tender, "k-c", bid("1", "x", "y")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    identities.removeFromGroup(citizen, Roles.SUPPLIERS);
    assertThat(fx.get(citizen, "/api/bids").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badRequestsAreProblemsAndStoreNothing() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));

    ResponseEntity<String> noKey = fx.submit(supplierA, tender, null, bid("1", "x", "y"));
    assertThat(noKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noKey.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

    ResponseEntity<String> invalid = fx.submit(supplierA, tender, "k-bad", bid("1.234", "", "y"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(invalid).get("errors").has("price")).isTrue();
    assertThat(json(invalid).get("errors").has("technicalResponse")).isTrue();

    Map<String, Object> badDocument = bid("1", "x", "y");
    badDocument.put("documents", List.of(Map.of("name", "a.pdf", "mediaType", "application/pdf",
        "contentBase64", "not base64!")));
    assertThat(json(fx.submit(supplierA, tender, "k-doc", badDocument)).get("rule").asText())
        .isEqualTo("bidding.document-encoding");

    ResponseEntity<String> unknown = fx.submit(supplierA, UUID.randomUUID(), "k-x", bid("1", "x", "y"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rows(tender)).isZero();
  }

  @Test
  void aCancelledTenderAcceptsNoBids() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    tenders.cancel(tender, "officer", "the need went away");

    ResponseEntity<String> response = fx.submit(supplierA, tender, "k-cancelled", bid("1", "x", "y"));

    assertThat(json(response).get("rule").asText()).isEqualTo("bidding.tender-not-open");
    assertThat(rows(tender)).isZero();
  }

  @Test
  void bidContentAppearsInNoResponseAndNoEngineTableAndIsStoredEncrypted() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    String canary = "CANARY-" + UUID.randomUUID();
    Map<String, Object> body = BidFixtures.withDocument(bid("4321.00", "Our method " + canary, "Jobs " + canary),
        "method.txt", "text/plain", ("attachment " + canary).getBytes(StandardCharsets.UTF_8));

    List<ResponseEntity<String>> responses = new ArrayList<>();
    responses.add(fx.submit(supplierA, tender, "k-canary", body));
    String bidId = bidId(responses.get(0));
    responses.add(fx.submit(supplierA, tender, "k-canary", body));
    responses.add(fx.replace(supplierA, tender, bidId, bid("4000.00", "Second " + canary, "Jobs " + canary)));
    responses.add(fx.get(supplierA, "/api/tenders/" + tender + "/bids/" + bidId));
    responses.add(fx.get(supplierA, "/api/tenders/" + tender + "/bids"));
    responses.add(fx.get(supplierA, "/api/bids"));
    responses.add(http.getForEntity("/api/tenders?status=open", String.class));
    responses.add(http.getForEntity("/api/tenders/" + tender, String.class));
    for (ResponseEntity<String> response : responses) {
      assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
      assertThat(response.getBody()).doesNotContain(canary).doesNotContain("4321").doesNotContain("Our method");
    }

    // The search below does find a value in the engine's tables (a probe, stored as a string and as
    // a byte-array variable, which lands in ACT_GE_BYTEARRAY), so finding no canary means something.
    String probe = "PROBE-" + UUID.randomUUID();
    String instance = startProbe(probe);
    try {
      assertThat(engineTablesContaining(probe)).containsExactlyInAnyOrder("ACT_RU_VARIABLE", "ACT_HI_VARINST",
          "ACT_GE_BYTEARRAY");
      assertThat(engineTablesContaining(canary)).isEmpty();
    } finally {
      runtime.deleteProcessInstance(instance, "canary probe done");
    }

    // At rest: only ciphertext, and not the canary in any form.
    List<byte[]> ciphertexts = jdbc.queryForList("select ciphertext from bid_version where bid_id = ?",
        byte[].class, UUID.fromString(bidId));
    assertThat(ciphertexts).hasSize(2);
    for (byte[] stored : ciphertexts) {
      String asText = new String(stored, StandardCharsets.ISO_8859_1);
      assertThat(asText).doesNotContain(canary).doesNotContain("CANARY").doesNotContain("price");
    }
    assertThat(jdbc.queryForObject("select count(*) from bid_version where bid_id = ? and position(? in ciphertext) > 0",
        Long.class, UUID.fromString(bidId), canary.getBytes(StandardCharsets.UTF_8))).isZero();
    assertThat(jdbc.queryForObject("select count(*) from decision_record where details like ?", Long.class,
        "%" + canary + "%")).isZero();
  }

  /** A one-task process holding {@code value} as a variable; deployed once (duplicate filtering). */
  private String startProbe(String value) {
    repository.createDeployment().name("canary-probe").enableDuplicateFiltering(false)
        .addModelInstance("CanaryProbe.bpmn", Bpmn.createExecutableProcess("CanaryProbe")
            .camundaHistoryTimeToLive(1095).startEvent().userTask().endEvent().done())
        .deploy();
    return runtime.startProcessInstanceByKey("CanaryProbe", Variables.createVariables().putValue("probe", value)
        .putValue("probeBytes", Variables.byteArrayValue(value.getBytes(StandardCharsets.UTF_8)))).getId();
  }

  private List<String> engineTablesContaining(String text) {
    List<String> found = new ArrayList<>();
    if (jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where TEXT_ like ? or TEXT2_ like ?",
        Long.class, "%" + text + "%", "%" + text + "%") > 0) {
      found.add("ACT_RU_VARIABLE");
    }
    if (jdbc.queryForObject("select count(*) from ACT_HI_VARINST where TEXT_ like ? or TEXT2_ like ?",
        Long.class, "%" + text + "%", "%" + text + "%") > 0) {
      found.add("ACT_HI_VARINST");
    }
    if (jdbc.queryForObject("select count(*) from ACT_GE_BYTEARRAY where position(? in BYTES_) > 0",
        Long.class, (Object) text.getBytes(StandardCharsets.UTF_8)) > 0) {
      found.add("ACT_GE_BYTEARRAY");
    }
    return found;
  }

  private long rows(UUID tender) {
    return jdbc.queryForObject("select count(*) from bid where tender_id = ?", Long.class, tender);
  }

  private static String bidId(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return json(response).get("bidId").asText();
  }

  static String millis(Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(java.time.ZoneOffset.UTC).format(instant);
  }
}
