package org.coproduce.bidding.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.coproduce.tender.TenderPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each tender's data key: created with the tender (in the publishing transaction), stored only
 * wrapped by the master key, unwrapped in memory for each use and never kept unwrapped. The
 * wrapped form is cached: it is immutable and useless without the master key.
 */
@Component
class TenderKeys {

  private static final Logger log = LoggerFactory.getLogger(TenderKeys.class);

  private final BidDataKeys keys;
  private final MasterKey master;
  private final Clock clock;
  private final Map<UUID, byte[]> wrappedCache = new ConcurrentHashMap<>();

  TenderKeys(BidDataKeys keys, MasterKey master, Clock clock) {
    this.keys = keys;
    this.master = master;
    this.clock = clock;
  }

  @EventListener
  void onTenderPublished(TenderPublished published) {
    byte[] wrapped = Sealing.wrap(master.key(), Sealing.newDataKey(), context(published.tenderId()));
    keys.save(new BidDataKey(published.tenderId(), wrapped, master.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    log.info("Created the sealed-bid data key of tender {} (wrapped by master key {})", published.tenderId(),
        master.id());
  }

  /** The tender's data key, unwrapped for one use. */
  SecretKey dataKey(UUID tenderId) {
    byte[] wrapped = wrappedCache.computeIfAbsent(tenderId, id -> {
      BidDataKey key = keys.findById(id).orElseThrow(() -> new IllegalStateException(
          "Tender " + id + " has no sealed-bid data key; it was not published through TenderService."));
      if (!key.masterKeyId().equals(master.id())) {
        throw new IllegalStateException("The data key of tender " + id + " is wrapped by master key "
            + key.masterKeyId() + ", but " + MasterKey.VARIABLE + " holds key " + master.id() + ".");
      }
      return key.wrappedKey();
    });
    return Sealing.unwrap(master.key(), wrapped, context(tenderId));
  }

  private static String context(UUID tenderId) {
    return "coproduce-bid-data-key:" + tenderId;
  }
}
