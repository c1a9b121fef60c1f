package org.coproduce.bidding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing and key wrapping: round trips, and every wrong key, context or byte is caught. */
class SealingTest {

  private static final byte[] PLAIN = "price 1000, method: visits".getBytes(StandardCharsets.UTF_8);

  @Test
  void contentRoundTripsOnlyWithTheSameKeyAndContext() {
    SecretKey key = Sealing.newDataKey();
    byte[] nonce = Sealing.newNonce();
    byte[] sealed = Sealing.encrypt(key, nonce, PLAIN, "bid-1");

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("price");
    assertThat(sealed).hasSize(PLAIN.length + 16);
    assertThat(Sealing.decrypt(key, nonce, sealed, "bid-1")).isEqualTo(PLAIN);
    assertThatThrownBy(() -> Sealing.decrypt(key, nonce, sealed, "bid-2"))
        .isInstanceOf(Sealing.TamperedException.class);
    assertThatThrownBy(() -> Sealing.decrypt(Sealing.newDataKey(), nonce, sealed, "bid-1"))
        .isInstanceOf(Sealing.TamperedException.class);
    sealed[3] ^= 1;
    assertThatThrownBy(() -> Sealing.decrypt(key, nonce, sealed, "bid-1"))
        .isInstanceOf(Sealing.TamperedException.class);
  }

  @Test
  void aFreshNonceEachTimeGivesDifferentCiphertexts() {
    SecretKey key = Sealing.newDataKey();
    assertThat(Sealing.encrypt(key, Sealing.newNonce(), PLAIN, "a"))
        .isNotEqualTo(Sealing.encrypt(key, Sealing.newNonce(), PLAIN, "a"));
  }

  @Test
  void dataKeysUnwrapOnlyWithTheMasterKeyTheyWereWrappedBy() {
    MasterKey master = new MasterKey(Base64.getEncoder().encodeToString(Sealing.newDataKey().getEncoded()), false);
    SecretKey dataKey = Sealing.newDataKey();
    byte[] wrapped = Sealing.wrap(master.key(), dataKey, "tender-1");

    assertThat(wrapped).hasSize(12 + 32 + 16);
    assertThat(Sealing.unwrap(master.key(), wrapped, "tender-1").getEncoded()).isEqualTo(dataKey.getEncoded());
    assertThatThrownBy(() -> Sealing.unwrap(master.key(), wrapped, "tender-2"))
        .isInstanceOf(Sealing.TamperedException.class);
    assertThatThrownBy(() -> Sealing.unwrap(Sealing.newDataKey(), wrapped, "tender-1"))
        .isInstanceOf(Sealing.TamperedException.class);
  }
}
