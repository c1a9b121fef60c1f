package org.coproduce.process.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials of the domain API that the identity service has recently confirmed, with
 * the caller's groups, for {@code coproduce.api.credential-cache-ttl}. Without it every API call
 * costs two engine commands (password check, group query), which dominated bid intake
 * (docs/benchmarks.md).
 *
 * <p>Keyed by an HMAC of user id and password under a random per-process key: it holds no password
 * and nothing that can be checked offline. Only successful checks are remembered, so wrong
 * passwords always reach the identity service and its lock-out. Changes made through
 * {@link org.coproduce.process.IdentityDirectory} forget the user at once; changes made in the
 * Admin webapp apply after at most the time to live.
 */
@Component
public class VerifiedCredentials {

  record Verified(String userId, List<String> groups, long untilNanos) {
  }

  private final long ttlNanos;
  private final int maxSize;
  private final SecretKeySpec hmacKey;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  VerifiedCredentials(CredentialCacheProperties properties) {
    this.ttlNanos = properties.credentialCacheTtl().toNanos();
    this.maxSize = properties.credentialCacheSize();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.hmacKey = new SecretKeySpec(key, "HmacSHA256");
  }

  /** The groups of a user whose password was confirmed within the time to live, or null. */
  List<String> lookup(String userId, String password) {
    if (ttlNanos <= 0) {
      return null;
    }
    Verified known = verified.get(key(userId, password));
    return known != null && System.nanoTime() - known.untilNanos() < 0 ? known.groups() : null;
  }

  void remember(String userId, String password, List<String> groups) {
    if (ttlNanos <= 0) {
      return;
    }
    long now = System.nanoTime();
    if (verified.size() >= maxSize) {
      verified.values().removeIf(v -> now - v.untilNanos() >= 0);
      if (verified.size() >= maxSize) {
        verified.clear(); // bounded: under a flood of distinct logins, start over
      }
    }
    verified.put(key(userId, password), new Verified(userId, List.copyOf(groups), now + ttlNanos));
  }

  /** Forgets every remembered login of the user (its password or groups changed). */
  public void forget(String userId) {
    verified.values().removeIf(v -> v.userId().equals(userId));
  }

  public void forgetAll() {
    verified.clear();
  }

  private String key(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hmacKey);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
