package org.coproduce.award.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Award settings ({@code coproduce.award.*}).
 *
 * @param standstill how long after its start the standstill ends, an ISO-8601 duration
 *     ({@code COPRODUCE_AWARD_STANDSTILL}, default {@code P10D}: ten calendar days, the clock being UTC)
 */
@ConfigurationProperties("coproduce.award")
public record AwardProperties(@DefaultValue("P10D") Duration standstill) {

  public AwardProperties {
    if (standstill.isNegative() || standstill.isZero()) {
      throw new IllegalArgumentException("coproduce.award.standstill must be a positive duration, not " + standstill);
    }
  }
}
