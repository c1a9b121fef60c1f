package org.coproduce.panel.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The draw's randomness, derived only from the recorded seed so that anyone can recompute a draw
 * (docs/sortition.md): the n-th number of a stream is the first 53 bits of
 * SHA-256("{seed}/{purpose}/{n}") divided by 2^53. Independent of the JVM's random generators.
 */
final class SeededRandom {

  private final String seed;
  private final String purpose;
  private long counter;

  SeededRandom(String seed, String purpose) {
    this.seed = seed;
    this.purpose = purpose;
  }

  /** A uniform number in [0, 1). */
  double nextDouble() {
    byte[] digest = sha256(seed + "/" + purpose + "/" + counter++);
    long bits = ByteBuffer.wrap(digest, 0, 8).getLong() >>> 11;
    return bits * 0x1.0p-53;
  }

  /** A number in [0, bound); the bias of flooring a 53-bit fraction is below 2^-40 for our bounds. */
  int nextInt(int bound) {
    return (int) Math.floor(nextDouble() * bound);
  }

  /** A Fisher-Yates shuffle of a copy of {@code items}, in the order given. */
  <T> List<T> shuffled(List<T> items) {
    List<T> result = new ArrayList<>(items);
    for (int i = result.size() - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      T swap = result.get(i);
      result.set(i, result.get(j));
      result.set(j, swap);
    }
    return result;
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
