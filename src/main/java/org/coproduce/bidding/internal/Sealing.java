package org.coproduce.bidding.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM, as used for bid content (under a tender's data key) and for wrapping data keys
 * (under the master key). A fresh random 96-bit nonce per encryption; the 128-bit tag authenticates
 * the ciphertext together with the associated data, which binds each ciphertext to where it
 * belongs (tender, bid, version, supplier), so rows cannot be swapped unnoticed.
 */
final class Sealing {

  static final int KEY_BYTES = 32;
  static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Thrown when a ciphertext does not authenticate: wrong key, wrong context or altered bytes. */
  static final class TamperedException extends RuntimeException {
    TamperedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private Sealing() {
  }

  static SecretKey newDataKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return new SecretKeySpec(key, "AES");
  }

  static byte[] newNonce() {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  static byte[] encrypt(SecretKey key, byte[] nonce, byte[] plaintext, String associatedData) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime: " + e.getMessage(), e);
    }
  }

  static byte[] decrypt(SecretKey key, byte[] nonce, byte[] ciphertext, String associatedData) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(ciphertext);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new TamperedException("The ciphertext does not authenticate (" + associatedData + ")", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed: " + e.getMessage(), e);
    }
  }

  /** Wraps a data key: nonce || AES-GCM(master, dataKey, aad). */
  static byte[] wrap(SecretKey master, SecretKey dataKey, String associatedData) {
    byte[] nonce = newNonce();
    byte[] sealed = encrypt(master, nonce, dataKey.getEncoded(), associatedData);
    return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
  }

  static SecretKey unwrap(SecretKey master, byte[] wrapped, String associatedData) {
    if (wrapped.length != NONCE_BYTES + KEY_BYTES + TAG_BITS / 8) {
      throw new TamperedException("A wrapped data key has " + wrapped.length + " bytes (" + associatedData + ")", null);
    }
    byte[] nonce = java.util.Arrays.copyOfRange(wrapped, 0, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(wrapped, NONCE_BYTES, wrapped.length);
    return new SecretKeySpec(decrypt(master, nonce, sealed, associatedData), "AES");
  }
}
