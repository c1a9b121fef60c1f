package org.coproduce.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoticeMessageIdTest {

  @Test
  void theSameNoticeAlwaysHasTheSameRfc5322MessageId() {
    String id = MessageIds.of("award:7d2c1f0e:1:supplier-birch", "coproduce.local");

    assertThat(id).isEqualTo(MessageIds.of("award:7d2c1f0e:1:supplier-birch", "coproduce.local"));
    // msg-id = "<" dot-atom-text "@" dot-atom-text ">" (RFC 5322 section 3.6.4)
    assertThat(id).matches("<notice\\.[0-9a-f]{40}@coproduce\\.local>");
    assertThat(id).doesNotContain("supplier-birch");
  }

  @Test
  void differentNoticesHaveDifferentMessageIds() {
    assertThat(MessageIds.of("award:7d2c1f0e:1:supplier-birch", "coproduce.local"))
        .isNotEqualTo(MessageIds.of("award:7d2c1f0e:1:supplier-cedar", "coproduce.local"))
        .isNotEqualTo(MessageIds.of("award:7d2c1f0e:2:supplier-birch", "coproduce.local"));
  }

  @Test
  void theDomainMustBeADotAtom() {
    assertThatThrownBy(() -> MessageIds.of("k", "bad domain>")).isInstanceOf(IllegalArgumentException.class);
  }
}
