package org.coproduce.register.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public register's settings ({@code coproduce.register.*}).
 *
 * @param timeZone the zone in which times are shown (the {@code datetime} attributes stay UTC)
 * @param chainStatusTtl how long a check of the whole hash chain is shown before the next page view
 *     checks again; page views never walk the chain more often than this
 */
@ConfigurationProperties("coproduce.register")
public record RegisterProperties(@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("PT1M") Duration chainStatusTtl) {
}
