package org.coproduce.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * RFC 5322 Message-IDs derived from a notice's dedup key: the same notice always carries the same
 * id, so a receiver (or an operator comparing logs) recognises a second delivery of it. The key is
 * hashed because it may hold characters a msg-id may not, and names nobody.
 */
final class MessageIds {

  private MessageIds() {
  }

  static String of(String dedupKey, String domain) {
    if (domain == null || !domain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*")) {
      throw new IllegalArgumentException("Not a domain for a Message-ID: " + domain);
    }
    return "<notice." + sha256(dedupKey).substring(0, 40) + "@" + domain + ">";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
