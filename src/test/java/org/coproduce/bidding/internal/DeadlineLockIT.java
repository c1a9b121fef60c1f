package org.coproduce.bidding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coproduce.bidding.BidFixtures;
import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpenedBid;
import org.coproduce.bidding.OpenedBids;
import org.coproduce.bidding.OpeningCapacity;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.tender.TenderService;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The lock protocol of ADR 0004, interleaved deterministically: a bid that read the clock before
 * the deadline but has not committed yet holds off the opening, so the opening sees it.
 */
@PostgresIntegrationTest
class DeadlineLockIT {

  @Autowired BidIntake intake;
  @Autowired BidOpening opening;
  @Autowired TenderService tenders;
  @Autowired IdentityDirectory identities;
  @Autowired TestRestTemplate http;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theOpeningWaitsForABidReceiptedBeforeTheDeadlineAndOpensIt() throws Exception {
    BidFixtures fx = new BidFixtures(tenders, identities, http, clock);
    UUID tender = fx.tenderClosingIn(Duration.ofHours(2));
    Instant deadline = fx.deadlineOf(tender);
    clock.setTo(deadline.minusMillis(1));
    CountDownLatch readTheClock = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<BidIntake.Submission> bid = pool.submit(() -> {
        clock.pauseNextReadBy(Thread.currentThread(), readTheClock, resume);
        return intake.submit(tender, "lock-supplier", "k-lock",
            new BidContent(new BigDecimal("100.00"), "in flight", "at the deadline", List.of()));
      });
      assertThat(readTheClock.await(30, TimeUnit.SECONDS)).isTrue();
      // The bid holds the tender's shared lock and has its receipt time (deadline - 1 ms), uncommitted.
      clock.setTo(deadline);
      Future<OpenedBids> opened = pool.submit(() -> {
        opening.confirm(tender, "official1", OpeningCapacity.OFFICIAL);
        opening.confirm(tender, "citizen1", OpeningCapacity.CITIZEN_WITNESS);
        return opening.open(tender);
      });

      Thread.sleep(700);
      assertThat(opened.isDone()).as("the opening waits for the bid in flight").isFalse();
      resume.countDown();

      Receipt receipt = bid.get(30, TimeUnit.SECONDS).receipt();
      assertThat(receipt.receivedAt()).isEqualTo(deadline.minusMillis(1));
      assertThat(opened.get(30, TimeUnit.SECONDS).bids()).extracting(OpenedBid::bidId)
          .containsExactly(receipt.bidId());
    } finally {
      resume.countDown();
      pool.shutdownNow();
    }
  }
}
