package org.coproduce.bidding.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The master key that wraps each tender's data key, from {@code COPRODUCE_BIDDING_MASTER_KEY}.
 * Like the first administrator (IdentityBootstrap), there is no default outside the demo: start-up
 * stops, naming the variable, when it is missing or malformed. The demo profile ships a fixed key
 * that is public, so it is refused under any other profile.
 */
@Component
class MasterKey {

  static final String VARIABLE = "COPRODUCE_BIDDING_MASTER_KEY";
  /** The demo profile's key (application-demo.yaml). Public: it seals nothing outside the demo. */
  static final String DEMO_KEY = "ZGVtby1vbmx5LWNvcHJvZHVjZS1iaWRkaW5nLWtleSE=";

  private final SecretKey key;
  private final String id;

  @Autowired
  MasterKey(BiddingProperties properties, Environment environment) {
    this(properties.masterKey(), environment.acceptsProfiles(Profiles.of("demo")));
  }

  MasterKey(String base64, boolean demo) {
    if (base64 == null || base64.isBlank()) {
      throw new IllegalStateException("No master key for sealed bids. Set " + VARIABLE
          + " to a base64-encoded 256-bit key (for example the output of 'openssl rand -base64 32'); "
          + "bids cannot be stored or opened without it, and there is no default outside the demo.");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(VARIABLE + " is not valid base64.");
    }
    if (bytes.length != Sealing.KEY_BYTES) {
      throw new IllegalStateException(VARIABLE + " must decode to 32 bytes (256 bits), not " + bytes.length + ".");
    }
    if (!demo && DEMO_KEY.equals(base64.trim())) {
      throw new IllegalStateException(VARIABLE + " is the demo key, which is published with the source code. "
          + "Generate a key of your own (openssl rand -base64 32).");
    }
    this.key = new SecretKeySpec(bytes, "AES");
    this.id = fingerprint(bytes);
  }

  SecretKey key() {
    return key;
  }

  /** A fingerprint that names the key (stored beside each wrapped key) without revealing it. */
  String id() {
    return id;
  }

  private static String fingerprint(byte[] key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("coproduce-master-key-id:".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(key), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
