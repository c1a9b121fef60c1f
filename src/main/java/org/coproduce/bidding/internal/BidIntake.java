package org.coproduce.bidding.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.coproduce.tender.BidWindow;
import org.coproduce.tender.TenderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives, replaces and withdraws sealed bids (docs/adr/0004-sealed-bids.md).
 *
 * <p>Every write runs in one transaction that first takes the tender's row lock in shared mode and
 * only then reads the clock: a bid is accepted iff that reading, to the millisecond, is before the
 * deadline. Closing and opening lock the row exclusively, so a bid receipted before the deadline
 * has committed before the opening reads the bids, and one that waited for the opening finds the
 * deadline passed. A refused write stores nothing.
 */
@Service
class BidIntake {

  private static final Logger log = LoggerFactory.getLogger(BidIntake.class);

  private final TenderService tenders;
  private final Bids bids;
  private final BidVersions versions;
  private final TenderKeys keys;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final TransactionTemplate readTx;

  BidIntake(TenderService tenders, Bids bids, BidVersions versions, TenderKeys keys, Clock clock,
      PlatformTransactionManager transactions) {
    this.tenders = tenders;
    this.bids = bids;
    this.versions = versions;
    this.keys = keys;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
    this.readTx = new TransactionTemplate(transactions);
    this.readTx.setReadOnly(true);
  }

  /** A submission's result: the receipt, and whether it repeats an earlier one for the same key. */
  record Submission(Receipt receipt, boolean replayed) {
  }

  /**
   * Stores a new bid, or, for an idempotency key this supplier already used on this tender,
   * returns that bid's first receipt and stores nothing (also after the deadline: it is a repeat,
   * not a new write). The same key with different content is refused.
   */
  Submission submit(UUID tenderId, String supplierId, String idempotencyKey, BidContent content) {
    String sha256 = CanonicalBid.sha256(content);
    byte[] sealed = CanonicalBid.sealed(content);
    try {
      return tx.execute(s -> insert(tenderId, supplierId, idempotencyKey, sha256, sealed));
    } catch (DataIntegrityViolationException e) {
      // A unique constraint refused the insert: a retry racing its original, a retry of a bid
      // stored earlier, or a second live bid of this supplier. The insert was rolled back.
      return readTx.execute(s -> bids.findByIdempotencyKey(tenderId, supplierId, idempotencyKey)
          .map(earlier -> replay(earlier, sha256))
          .orElseGet(() -> {
            Bid live = bids.findActive(tenderId, supplierId).orElseThrow(() -> e);
            throw new BusinessRuleViolation("bidding.one-bid-per-supplier", "You already have a bid on this "
                + "tender (" + live.getId() + "). Replace it with PUT or withdraw it with DELETE.");
          }));
    }
  }

  private Submission insert(UUID tenderId, String supplierId, String idempotencyKey, String sha256, byte[] sealed) {
    BidWindow window = tenders.lockForBidIntake(tenderId);
    Instant receivedAt = now();
    if (!window.acceptsBidsAt(receivedAt)) {
      Optional<Bid> earlier = bids.findByIdempotencyKey(tenderId, supplierId, idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), sha256);
      }
      throw refused(window, receivedAt, supplierId, "submission");
    }
    UUID bidId = UUID.randomUUID();
    bids.saveAndFlush(new Bid(bidId, tenderId, supplierId, idempotencyKey, receivedAt, sha256));
    versions.save(seal(tenderId, bidId, 1, supplierId, receivedAt, sha256, sealed));
    log.info("Bid {} v1 received for tender {} from {} at {} (sha256 {})", bidId, tenderId, supplierId, receivedAt,
        sha256);
    return new Submission(new Receipt(bidId, tenderId, 1, receivedAt, sha256), false);
  }

  private Submission replay(Bid earlier, String sha256) {
    VersionReceipt first = versions.receiptsOf(List.of(earlier.getId())).get(0);
    if (!first.sha256().equals(sha256)) {
      throw new BusinessRuleViolation("bidding.idempotency-key-reused", "This Idempotency-Key was used for bid "
          + earlier.getId() + " with different content. Use a new key for a new bid, or PUT to replace it.");
    }
    return new Submission(new Receipt(earlier.getId(), earlier.tenderId(), 1, first.receivedAt(), first.sha256()),
        true);
  }

  /**
   * Replaces the content of the supplier's own bid with a new version; earlier versions are kept.
   * Content equal to the current version's (same hash) stores nothing and returns its receipt.
   */
  Receipt replace(UUID tenderId, UUID bidId, String supplierId, BidContent content) {
    String sha256 = CanonicalBid.sha256(content);
    byte[] sealed = CanonicalBid.sealed(content);
    return tx.execute(s -> {
      BidWindow window = tenders.lockForBidIntake(tenderId);
      Instant receivedAt = now();
      Bid bid = bids.lockOwn(tenderId, bidId, supplierId).orElseThrow(() -> notFound(bidId));
      if (!window.acceptsBidsAt(receivedAt)) {
        throw refused(window, receivedAt, supplierId, "replacement of bid " + bidId);
      }
      if (bid.status() == Bid.Status.WITHDRAWN) {
        throw new BusinessRuleViolation("bidding.bid-withdrawn",
            "Bid " + bidId + " was withdrawn at " + bid.withdrawnAt() + "; submit a new bid instead.");
      }
      if (bid.contentSha256().equals(sha256)) {
        return new Receipt(bidId, tenderId, bid.currentVersion(), bid.receivedAt(), sha256);
      }
      int version = bid.replace(receivedAt, sha256);
      versions.save(seal(tenderId, bidId, version, supplierId, receivedAt, sha256, sealed));
      log.info("Bid {} v{} received for tender {} from {} at {} (sha256 {})", bidId, version, tenderId, supplierId,
          receivedAt, sha256);
      return new Receipt(bidId, tenderId, version, receivedAt, sha256);
    });
  }

  /** Withdraws the supplier's own bid; its versions are kept. Withdrawing again changes nothing. */
  BidSummary withdraw(UUID tenderId, UUID bidId, String supplierId) {
    return tx.execute(s -> {
      BidWindow window = tenders.lockForBidIntake(tenderId);
      Instant at = now();
      Bid bid = bids.lockOwn(tenderId, bidId, supplierId).orElseThrow(() -> notFound(bidId));
      if (bid.status() == Bid.Status.WITHDRAWN) {
        return summary(bid);
      }
      if (!window.acceptsBidsAt(at)) {
        throw refused(window, at, supplierId, "withdrawal of bid " + bidId);
      }
      bid.withdraw(at);
      log.info("Bid {} for tender {} withdrawn by {} at {}", bidId, tenderId, supplierId, at);
      return summary(bid);
    });
  }

  BidSummary get(UUID tenderId, UUID bidId, String supplierId) {
    return readTx.execute(s -> summary(bids.findOwn(tenderId, bidId, supplierId).orElseThrow(() -> notFound(bidId))));
  }

  List<BidSummary> ofSupplier(String supplierId, UUID tenderId) {
    return readTx.execute(s -> {
      List<Bid> own = tenderId == null ? bids.ofSupplier(supplierId) : bids.ofSupplier(supplierId, tenderId);
      return summaries(own);
    });
  }

  private BidVersion seal(UUID tenderId, UUID bidId, int version, String supplierId, Instant receivedAt,
      String sha256, byte[] sealed) {
    SecretKey key = keys.dataKey(tenderId);
    byte[] nonce = Sealing.newNonce();
    byte[] ciphertext = Sealing.encrypt(key, nonce, sealed,
        BidVersion.associatedData(tenderId, bidId, version, supplierId));
    return new BidVersion(bidId, version, receivedAt, sha256, sealed.length, nonce, ciphertext);
  }

  private BidSummary summary(Bid bid) {
    return summaries(List.of(bid)).get(0);
  }

  private List<BidSummary> summaries(List<Bid> own) {
    if (own.isEmpty()) {
      return List.of();
    }
    Map<UUID, UUID> tenderOf = own.stream().collect(Collectors.toMap(Bid::getId, Bid::tenderId));
    Map<UUID, List<Receipt>> receipts = versions.receiptsOf(tenderOf.keySet()).stream()
        .collect(Collectors.groupingBy(VersionReceipt::bidId, Collectors.mapping(
            v -> new Receipt(v.bidId(), tenderOf.get(v.bidId()), v.version(), v.receivedAt(), v.sha256()),
            Collectors.toList())));
    return own.stream().map(b -> new BidSummary(b.getId(), b.tenderId(), b.status(), b.currentVersion(),
        b.receivedAt(), b.contentSha256(), b.firstReceivedAt(), b.withdrawnAt(), receipts.get(b.getId()))).toList();
  }

  private BusinessRuleViolation refused(BidWindow window, Instant at, String supplierId, String what) {
    log.info("Refused the {} for tender {} by {}: received at {}, deadline {}, tender {}", what, window.tenderId(),
        supplierId, at, window.submissionDeadline(), window.status());
    if (at.isBefore(window.submissionDeadline())) {
      return new BusinessRuleViolation("bidding.tender-not-open",
          "Tender " + window.ocid() + " is " + window.status() + " and accepts no bids.");
    }
    return new BusinessRuleViolation("bidding.deadline-passed", "The submission deadline of tender "
        + window.ocid() + " was " + window.submissionDeadline() + "; this request was received at " + at
        + " and nothing of it was stored. Bids are accepted only while the server clock reads strictly "
        + "before the deadline.");
  }

  private static NotFoundException notFound(UUID bidId) {
    // The same answer whether the bid does not exist or belongs to another supplier.
    return new NotFoundException("You have no bid " + bidId + " on this tender.");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
