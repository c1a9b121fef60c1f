package org.coproduce.bidding.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.coproduce.bidding.BidDocument;
import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpenedBid;
import org.coproduce.bidding.OpenedBids;
import org.coproduce.bidding.OpeningCapacity;
import org.coproduce.bidding.OpeningStatus;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.BidWindow;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SealedBidOpening implements BidOpening {

  private static final Logger log = LoggerFactory.getLogger(SealedBidOpening.class);
  private static final String RULE = "sealed-bids.two-person-opening";

  private final TenderService tenders;
  private final Bids bids;
  private final BidVersions versions;
  private final OpeningConfirmations confirmations;
  private final Openings openings;
  private final TenderKeys keys;
  private final DecisionRecord record;
  private final Clock clock;

  SealedBidOpening(TenderService tenders, Bids bids, BidVersions versions, OpeningConfirmations confirmations,
      Openings openings, TenderKeys keys, DecisionRecord record, Clock clock) {
    this.tenders = tenders;
    this.bids = bids;
    this.versions = versions;
    this.confirmations = confirmations;
    this.openings = openings;
    this.keys = keys;
    this.record = record;
    this.clock = clock;
  }

  @Override
  @Transactional
  public OpeningStatus confirm(UUID tenderId, String userId, OpeningCapacity capacity) {
    if (userId == null || userId.isBlank() || capacity == null) {
      throw new BusinessRuleViolation("bidding.opening-invalid", "A confirmation needs a user and a capacity.");
    }
    BidWindow window = tenders.lockForOpening(tenderId);
    requireOpenable(window, now());
    for (OpeningConfirmation c : confirmations.ofTender(tenderId)) {
      if (c.capacity() == capacity && c.userId().equals(userId)) {
        return status(tenderId);
      }
      if (c.capacity() == capacity) {
        throw new BusinessRuleViolation("bidding.opening-capacity-taken", "The opening of tender " + window.ocid()
            + " was already confirmed as " + capacity + " by " + c.userId() + ".");
      }
      if (c.userId().equals(userId)) {
        throw new BusinessRuleViolation("bidding.opening-two-people", "Bids are opened by two people acting "
            + "together: " + userId + " already confirmed as " + c.capacity() + " and cannot also confirm as "
            + capacity + ".");
      }
    }
    confirmations.save(new OpeningConfirmation(tenderId, capacity, userId, now()));
    record.append(new Decision(window.caseRef(), userId, role(capacity), "tender.opening-confirmed", RULE,
        "confirmed as " + capacity, Map.of("tenderId", tenderId.toString(), "ocid", window.ocid(),
            "capacity", capacity.name())));
    log.info("Opening of tender {} confirmed by {} as {}", tenderId, userId, capacity);
    return status(tenderId);
  }

  @Override
  @Transactional(readOnly = true)
  public OpeningStatus status(UUID tenderId) {
    tenders.get(tenderId); // unknown tender: NotFoundException
    String official = null;
    String witness = null;
    for (OpeningConfirmation c : confirmations.ofTender(tenderId)) {
      if (c.capacity() == OpeningCapacity.OFFICIAL) {
        official = c.userId();
      } else {
        witness = c.userId();
      }
    }
    return new OpeningStatus(tenderId, official, witness, openings.existsById(tenderId));
  }

  @Override
  @Transactional
  public OpenedBids open(UUID tenderId) {
    // The exclusive lock waits for every bid being stored under the shared lock, and keeps new
    // ones out until this transaction ends: the bids read below are all there will ever be.
    BidWindow window = tenders.lockForOpening(tenderId);
    if (window.status() == TenderStatus.OPENED || openings.existsById(tenderId)) {
      return openedBids(tenderId);
    }
    Instant now = now();
    requireOpenable(window, now);
    OpeningStatus confirmed = status(tenderId);
    if (!confirmed.readyToOpen()) {
      throw new BusinessRuleViolation("bidding.opening-needs-two-confirmations", "The bids of tender "
          + window.ocid() + " are opened only when an official and a citizen witness have both confirmed; "
          + "official: " + orNone(confirmed.officialId()) + ", citizen witness: "
          + orNone(confirmed.citizenWitnessId()) + ".");
    }
    List<Bid> all = bids.ofTender(tenderId);
    List<Bid> standing = all.stream().filter(b -> b.status() == Bid.Status.SUBMITTED).toList();
    int withdrawn = all.size() - standing.size();
    List<OpenedBid> opened = decryptAndVerify(tenderId, standing);
    openings.save(new Opening(tenderId, now, opened.size(), withdrawn, confirmed.officialId(),
        confirmed.citizenWitnessId()));
    tenders.markOpened(tenderId);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("ocid", window.ocid());
    details.put("official", confirmed.officialId());
    details.put("citizenWitness", confirmed.citizenWitnessId());
    details.put("withdrawn", withdrawn);
    details.put("bids", opened.stream().map(b -> {
      Map<String, Object> receipt = new LinkedHashMap<>();
      receipt.put("bidId", b.bidId().toString());
      receipt.put("supplier", b.supplierId());
      receipt.put("version", b.version());
      receipt.put("receivedAt", b.receivedAt().toString());
      receipt.put("sha256", b.sha256());
      return receipt;
    }).toList());
    record.append(new Decision(window.caseRef(), "system", "process", "tender.bids-opened", RULE,
        opened.size() + " bids opened, " + withdrawn + " withdrawn", details));
    log.info("Tender {} opened: {} bids, {} withdrawn; confirmed by {} (official) and {} (citizen witness)",
        tenderId, opened.size(), withdrawn, confirmed.officialId(), confirmed.citizenWitnessId());
    return new OpenedBids(tenderId, now, confirmed.officialId(), confirmed.citizenWitnessId(), opened, withdrawn);
  }

  @Override
  @Transactional(readOnly = true)
  public OpenedBids openedBids(UUID tenderId) {
    tenders.get(tenderId); // unknown tender: NotFoundException
    Opening opening = openings.findById(tenderId).orElseThrow(() -> new BusinessRuleViolation("bidding.sealed",
        "The bids of tender " + tenderId + " are sealed: nobody can read them before they are opened."));
    List<Bid> standing = bids.ofTender(tenderId).stream().filter(b -> b.status() == Bid.Status.SUBMITTED).toList();
    return new OpenedBids(tenderId, opening.openedAt(), opening.officialId(), opening.witnessId(),
        decryptAndVerify(tenderId, standing), opening.withdrawnCount());
  }

  private List<OpenedBid> decryptAndVerify(UUID tenderId, List<Bid> standing) {
    SecretKey key = keys.dataKey(tenderId);
    List<OpenedBid> opened = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (Bid bid : standing) {
      BidVersion version = versions.findById(new BidVersion.Key(bid.getId(), bid.currentVersion())).orElse(null);
      if (version == null) {
        broken.add(bid.getId() + " (version " + bid.currentVersion() + " is missing)");
        continue;
      }
      BidContent content;
      try {
        content = CanonicalBid.unseal(Sealing.decrypt(key, version.nonce(), version.ciphertext(),
            BidVersion.associatedData(tenderId, bid.getId(), version.version(), bid.supplierId())));
      } catch (Sealing.TamperedException e) {
        broken.add(bid.getId() + " (its ciphertext does not authenticate)");
        continue;
      }
      String sha256 = CanonicalBid.sha256(content);
      if (!sha256.equals(version.contentSha256()) || !sha256.equals(bid.contentSha256())) {
        broken.add(bid.getId() + " (its content does not match its receipt hash)");
        continue;
      }
      opened.add(new OpenedBid(bid.getId(), bid.supplierId(), content.price(), content.technicalResponse(),
          content.socialValueResponse(), content.documents().stream()
              .map(d -> new BidDocument(d.name(), d.mediaType(), d.content(), CanonicalBid.sha256(d.content())))
              .toList(), version.version(), version.receivedAt(), sha256));
    }
    if (!broken.isEmpty()) {
      log.error("Tender {}: {} bids do not verify against their receipts: {}", tenderId, broken.size(), broken);
      throw new IllegalStateException("Tender " + tenderId + " cannot be opened: these bids do not verify against "
          + "their receipts and need investigation (restore from backup): " + String.join(", ", broken));
    }
    return opened;
  }

  private static void requireOpenable(BidWindow window, Instant now) {
    if (!window.deadlineReachedAt(now)) {
      throw new BusinessRuleViolation("bidding.opening-before-deadline", "The bids of tender " + window.ocid()
          + " are sealed until its submission deadline " + window.submissionDeadline() + ".");
    }
    if (window.status() != TenderStatus.PUBLISHED && window.status() != TenderStatus.CLOSED) {
      throw new BusinessRuleViolation("bidding.opening-status",
          "Tender " + window.ocid() + " is " + window.status() + "; its bids cannot be opened.");
    }
  }

  private static String role(OpeningCapacity capacity) {
    return capacity == OpeningCapacity.OFFICIAL ? "official" : "citizen-witness";
  }

  private static String orNone(String userId) {
    return userId == null ? "none yet" : userId;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
