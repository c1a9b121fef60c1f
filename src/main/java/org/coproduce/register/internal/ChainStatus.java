package org.coproduce.register.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.coproduce.record.ChainVerification;
import org.coproduce.record.DecisionRecord;
import org.springframework.stereotype.Component;

/**
 * The chain status the register shows. Walking the whole chain costs a read of every entry, so a
 * result is reused for {@link RegisterProperties#chainStatusTtl()}: public page views cannot make
 * the database walk the chain over and over. (The verify endpoint and command always walk it.)
 */
@Component
class ChainStatus {

  record Checked(ChainVerification result, Instant at) {
  }

  private final DecisionRecord record;
  private final RegisterProperties properties;
  private final Clock clock;
  private final AtomicReference<Checked> last = new AtomicReference<>();

  ChainStatus(DecisionRecord record, RegisterProperties properties, Clock clock) {
    this.record = record;
    this.properties = properties;
    this.clock = clock;
  }

  Checked current() {
    Instant now = clock.instant();
    Checked checked = last.get();
    if (checked == null || !checked.at().plus(properties.chainStatusTtl()).isAfter(now)
        || checked.at().isAfter(now)) {
      checked = new Checked(record.verify(), now);
      last.set(checked);
    }
    return checked;
  }
}
