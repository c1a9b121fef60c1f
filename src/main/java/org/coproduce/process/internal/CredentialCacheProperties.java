package org.coproduce.process.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the domain API trusts HTTP Basic credentials it has already checked against the
 * identity service ({@code coproduce.api.credential-cache-ttl}, default 30 s; {@code PT0S} turns
 * the cache off). A changed password, a removed account or a changed group takes effect on the
 * API at most this long after the change.
 */
@ConfigurationProperties("coproduce.api")
public record CredentialCacheProperties(@DefaultValue("PT30S") Duration credentialCacheTtl,
    @DefaultValue("10000") int credentialCacheSize) {
}
