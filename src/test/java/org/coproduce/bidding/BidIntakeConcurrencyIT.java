package org.coproduce.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.bidding.BidFixtures.bid;
import static org.coproduce.bidding.BidFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.tender.TenderService;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bid intake under load on PostgreSQL, over HTTP: the rush before a deadline, and bids still
 * arriving while the deadline passes and the bids are opened.
 */
@PostgresIntegrationTest
class BidIntakeConcurrencyIT {

  private static final int SUPPLIERS = 500;
  private static boolean suppliersCreated;

  @Autowired TestRestTemplate http;
  @Autowired TenderService tenders;
  @Autowired IdentityDirectory identities;
  @Autowired TestClock clock;
  @Autowired BidOpening opening;
  @Autowired JdbcTemplate jdbc;

  BidFixtures fx;

  @BeforeEach
  void setUp() {
    fx = new BidFixtures(tenders, identities, http, clock);
    if (!suppliersCreated) {
      for (int i = 0; i < SUPPLIERS; i++) {
        fx.supplier(supplier(i));
      }
      suppliersCreated = true;
    }
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void fiveHundredBidsFromFiftyThreadsJustBeforeTheDeadlineAreAllReceipted() throws Exception {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Instant deadline = fx.deadlineOf(tender);
    clock.tickFrom(deadline.minusSeconds(90));
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<ResponseEntity<String>> responses = new ArrayList<>();
    try {
      List<Callable<ResponseEntity<String>>> bids = new ArrayList<>();
      for (int i = 0; i < SUPPLIERS; i++) {
        String supplier = supplier(i);
        bids.add(() -> fx.submit(supplier, tender, "rush-" + supplier, bid("1000." + (supplier.length() % 100),
            "technical answer of " + supplier, "social value of " + supplier)));
      }
      for (Future<ResponseEntity<String>> f : pool.invokeAll(bids)) {
        responses.add(f.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED));
    Set<String> bidIds = new HashSet<>();
    for (ResponseEntity<String> r : responses) {
      JsonNode receipt = json(r);
      bidIds.add(receipt.get("bidId").asText());
      assertThat(Instant.parse(receipt.get("receivedAt").asText())).isBefore(deadline);
    }
    assertThat(bidIds).hasSize(SUPPLIERS);
    assertThat(jdbc.queryForObject("select count(*) from bid where tender_id = ?", Long.class, tender))
        .isEqualTo(SUPPLIERS);
    assertThat(jdbc.queryForObject("select count(*) from bid_version v join bid b on b.id = v.bid_id "
        + "where b.tender_id = ?", Long.class, tender)).isEqualTo(SUPPLIERS);
  }

  @Test
  void noBidReceiptedBeforeTheDeadlineIsMissedByAnOpeningRightAtTheDeadline() throws Exception {
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Instant deadline = fx.deadlineOf(tender);
    clock.tickFrom(deadline.minusMillis(1500));
    int threads = 16;
    int perThread = SUPPLIERS / threads;
    ConcurrentLinkedQueue<ResponseEntity<String>> responses = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      for (int t = 0; t < threads; t++) {
        int first = t * perThread;
        pool.submit(() -> {
          for (int i = first; i < first + perThread; i++) {
            String supplier = supplier(i);
            responses.add(fx.submit(supplier, tender, "race-" + supplier, bid("500", "t " + supplier, "s")));
            sleep(40);
          }
        });
      }
      Future<OpenedBids> opened = pool.submit(() -> {
        while (clock.instant().isBefore(deadline)) {
          sleep(1);
        }
        opening.confirm(tender, "official1", OpeningCapacity.OFFICIAL);
        opening.confirm(tender, "citizen1", OpeningCapacity.CITIZEN_WITNESS);
        return opening.open(tender);
      });
      OpenedBids result = opened.get(2, TimeUnit.MINUTES);
      pool.shutdown();
      assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

      Set<String> receipted = new HashSet<>();
      int refused = 0;
      for (ResponseEntity<String> r : responses) {
        if (r.getStatusCode() == HttpStatus.CREATED) {
          receipted.add(json(r).get("bidId").asText());
          assertThat(Instant.parse(json(r).get("receivedAt").asText())).isBefore(deadline);
        } else {
          assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
          assertThat(json(r).get("rule").asText()).isEqualTo("bidding.deadline-passed");
          refused++;
        }
      }
      assertThat(receipted).as("bids before the deadline").isNotEmpty();
      assertThat(refused).as("bids after the deadline").isPositive();
      assertThat(result.bids()).extracting(b -> b.bidId().toString())
          .containsExactlyInAnyOrderElementsOf(receipted);
      assertThat(jdbc.queryForObject("select count(*) from bid where tender_id = ?", Long.class, tender))
          .isEqualTo(receipted.size());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String supplier(int i) {
    return "rush-supplier-" + i;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
