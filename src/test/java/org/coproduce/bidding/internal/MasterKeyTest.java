package org.coproduce.bidding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Without a proper master key nothing starts, and the message names the variable to set. */
class MasterKeyTest {

  @Test
  void aMissingKeyStopsStartUpNamingTheVariable() {
    assertThatThrownBy(() -> new MasterKey(null, false)).hasMessageContaining("COPRODUCE_BIDDING_MASTER_KEY");
    assertThatThrownBy(() -> new MasterKey(" ", true)).hasMessageContaining("COPRODUCE_BIDDING_MASTER_KEY");
  }

  @Test
  void theKeyMustBeBase64Of256Bits() {
    assertThatThrownBy(() -> new MasterKey("not base64!", false)).hasMessageContaining("base64");
    assertThatThrownBy(() -> new MasterKey(Base64.getEncoder().encodeToString(new byte[16]), false))
        .hasMessageContaining("32 bytes");
  }

  @Test
  void theDemoKeyIsOnlyAcceptedInTheDemo() {
    assertThatThrownBy(() -> new MasterKey(MasterKey.DEMO_KEY, false)).hasMessageContaining("demo key");
    assertThat(new MasterKey(MasterKey.DEMO_KEY, true).key().getEncoded()).hasSize(32);
  }

  @Test
  void theKeyIdNamesTheKeyWithoutRevealingIt() {
    String base64 = Base64.getEncoder().encodeToString(new byte[32]);
    MasterKey key = new MasterKey(base64, false);
    assertThat(key.id()).hasSize(16).isEqualTo(new MasterKey(base64, false).id())
        .isNotEqualTo(new MasterKey(MasterKey.DEMO_KEY, true).id());
  }
}
