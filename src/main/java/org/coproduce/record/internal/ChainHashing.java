package org.coproduce.record.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How an entry's hash is computed (documented in docs/decision-record.md so outsiders can
 * recompute it): SHA-256 over the previous hash and the entry's fields, one per line.
 */
final class ChainHashing {

  static final String GENESIS = "0".repeat(64);

  private ChainHashing() {
  }

  static String entryHash(String prevHash, long seq, String caseRef, String actor, String role, String action,
      String rule, String outcome, String dataDigest, Instant recordedAt) {
    return sha256(String.join("\n", prevHash, Long.toString(seq), caseRef == null ? "" : caseRef, actor, role,
        action, rule, outcome, dataDigest, recordedAt.toString()));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
