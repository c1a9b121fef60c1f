package org.coproduce.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coproduce.bidding.BidFixtures.bid;
import static org.coproduce.bidding.BidFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderStatus;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opening by two people on PostgreSQL: bids submitted over HTTP, opened through {@link BidOpening}. */
@PostgresIntegrationTest
class BidOpeningIT {

  @Autowired TestRestTemplate http;
  @Autowired TenderService tenders;
  @Autowired IdentityDirectory identities;
  @Autowired TestClock clock;
  @Autowired BidOpening opening;
  @Autowired DecisionRecord record;
  @Autowired JdbcTemplate jdbc;

  BidFixtures fx;

  @BeforeEach
  void setUp() {
    fx = new BidFixtures(tenders, identities, http, clock);
    fx.supplier("supplier-a");
    fx.supplier("supplier-b");
    fx.supplier("supplier-c");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void openingIsRefusedBeforeTheDeadline() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    clock.setTo(fx.deadlineOf(tender).minusMillis(1));

    assertRule(() -> opening.confirm(tender, "official1", OpeningCapacity.OFFICIAL), "bidding.opening-before-deadline");
    assertRule(() -> opening.open(tender), "bidding.opening-before-deadline");
    assertRule(() -> opening.openedBids(tender), "bidding.sealed");
    assertThat(opening.status(tender).officialId()).isNull();
  }

  @Test
  void oneConfirmationIsNotEnoughAndNobodyConfirmsTwice() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    fx.submit("supplier-a", tender, "k1", bid("100", "t", "s"));
    clock.setTo(fx.deadlineOf(tender));

    opening.confirm(tender, "official1", OpeningCapacity.OFFICIAL);
    assertRule(() -> opening.open(tender), "bidding.opening-needs-two-confirmations");
    assertRule(() -> opening.confirm(tender, "official1", OpeningCapacity.CITIZEN_WITNESS),
        "bidding.opening-two-people");
    assertRule(() -> opening.confirm(tender, "official2", OpeningCapacity.OFFICIAL),
        "bidding.opening-capacity-taken");
    assertRule(() -> opening.open(tender), "bidding.opening-needs-two-confirmations");
    assertRule(() -> opening.openedBids(tender), "bidding.sealed");

    // Repeating one's own confirmation changes nothing.
    assertThat(opening.confirm(tender, "official1", OpeningCapacity.OFFICIAL).readyToOpen()).isFalse();
    assertThat(tenders.get(tender).status()).isEqualTo(TenderStatus.PUBLISHED);
  }

  @Test
  void anOfficialAndACitizenWitnessOpenTheBidsDecryptedAndVerified() throws Exception {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Instant deadline = fx.deadlineOf(tender);
    byte[] attachment = "method statement\n".getBytes(StandardCharsets.UTF_8);
    JsonNode a = json(fx.submit("supplier-a", tender, "ka",
        BidFixtures.withDocument(bid("118500.00", "We visit twice a week.", "Ten local jobs."), "method.txt",
            "text/plain", attachment)));
    String bidB = json(fx.submit("supplier-b", tender, "kb", bid("99000", "First answer", "Volunteers"))).get("bidId")
        .asText();
    JsonNode b2 = json(fx.replace("supplier-b", tender, bidB, bid("97000.5", "Better answer", "Volunteers")));
    String bidC = json(fx.submit("supplier-c", tender, "kc", bid("50000", "Withdrawn", "x"))).get("bidId").asText();
    assertThat(fx.withdraw("supplier-c", tender, bidC).getStatusCode()).isEqualTo(HttpStatus.OK);

    clock.setTo(deadline.plusMillis(1));
    assertThat(tenders.close(tender).status()).isEqualTo(TenderStatus.CLOSED);
    opening.confirm(tender, "official1", OpeningCapacity.OFFICIAL);
    OpeningStatus status = opening.confirm(tender, "citizen1", OpeningCapacity.CITIZEN_WITNESS);
    assertThat(status.readyToOpen()).isTrue();
    assertRule(() -> opening.openedBids(tender), "bidding.sealed");

    OpenedBids opened = opening.open(tender);

    assertThat(opened.count()).isEqualTo(2);
    assertThat(opened.withdrawnCount()).isEqualTo(1);
    assertThat(opened.officialId()).isEqualTo("official1");
    assertThat(opened.citizenWitnessId()).isEqualTo("citizen1");
    OpenedBid fromA = opened.bids().stream().filter(x -> x.supplierId().equals("supplier-a")).findFirst().orElseThrow();
    assertThat(fromA.bidId()).hasToString(a.get("bidId").asText());
    assertThat(fromA.price()).isEqualByComparingTo(new BigDecimal("118500.00"));
    assertThat(fromA.technicalResponse()).isEqualTo("We visit twice a week.");
    assertThat(fromA.socialValueResponse()).isEqualTo("Ten local jobs.");
    assertThat(fromA.documents()).singleElement().satisfies(d -> {
      assertThat(d.name()).isEqualTo("method.txt");
      assertThat(d.content()).isEqualTo(attachment);
    });
    assertThat(fromA.sha256()).isEqualTo(a.get("sha256").asText());
    // The receipt hash is recomputable by the supplier from what it sent (docs/adr/0004).
    String canonical = "{\"documents\":[{\"mediaType\":\"text/plain\",\"name\":\"method.txt\",\"sha256\":\""
        + sha256(attachment) + "\",\"size\":" + attachment.length + "}],\"price\":\"118500.00\","
        + "\"socialValueResponse\":\"Ten local jobs.\",\"technicalResponse\":\"We visit twice a week.\"}";
    assertThat(a.get("sha256").asText()).isEqualTo(sha256(canonical.getBytes(StandardCharsets.UTF_8)));

    OpenedBid fromB = opened.bids().stream().filter(x -> x.supplierId().equals("supplier-b")).findFirst().orElseThrow();
    assertThat(fromB.version()).isEqualTo(2);
    assertThat(fromB.price()).isEqualByComparingTo("97000.50");
    assertThat(fromB.technicalResponse()).isEqualTo("Better answer");
    assertThat(fromB.sha256()).isEqualTo(b2.get("sha256").asText());

    assertThat(tenders.get(tender).status()).isEqualTo(TenderStatus.OPENED);
    assertThat(opening.openedBids(tender).bids()).extracting(OpenedBid::bidId)
        .containsExactlyElementsOf(opened.bids().stream().map(OpenedBid::bidId).toList());
    assertThat(opening.open(tender).count()).as("opening again returns the same").isEqualTo(2);

    RecordedDecision openedRecord = record.ofCase(tenders.get(tender).caseRef()).stream()
        .filter(d -> d.action().equals("tender.bids-opened")).findFirst().orElseThrow();
    assertThat(openedRecord.details()).contains(a.get("sha256").asText()).contains(b2.get("sha256").asText())
        .doesNotContain("We visit twice a week.");
    assertThat(record.ofCase(tenders.get(tender).caseRef())).extracting(RecordedDecision::action)
        .containsSubsequence("tender.published", "tender.closed", "tender.opening-confirmed",
            "tender.opening-confirmed", "tender.bids-opened");

    assertThat(fx.submit("supplier-c", tender, "k-after", bid("1", "x", "y")).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void aTamperedBidStopsTheOpening() {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    String bidId = json(fx.submit("supplier-a", tender, "kt", bid("100", "t", "s"))).get("bidId").asText();
    fx.submit("supplier-b", tender, "kt", bid("200", "t", "s"));
    clock.setTo(fx.deadlineOf(tender));
    opening.confirm(tender, "official1", OpeningCapacity.OFFICIAL);
    opening.confirm(tender, "citizen2", OpeningCapacity.CITIZEN_WITNESS);
    jdbc.update("update bid_version set ciphertext = ciphertext || '\\x00'::bytea where bid_id = ?",
        UUID.fromString(bidId));

    assertThatThrownBy(() -> opening.open(tender)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(bidId).hasMessageContaining("does not authenticate");
    assertThat(tenders.get(tender).status()).isEqualTo(TenderStatus.PUBLISHED);
    assertRule(() -> opening.openedBids(tender), "bidding.sealed");
  }

  private static void assertRule(Runnable call, String rule) {
    assertThatThrownBy(call::run).isInstanceOf(BusinessRuleViolation.class)
        .satisfies(e -> assertThat(((BusinessRuleViolation) e).getRule()).isEqualTo(rule));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
