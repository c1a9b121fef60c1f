package org.coproduce.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class NoticeTest {

  @Test
  void headersAreOneLineSoTextCannotAddHeadersOfItsOwn() {
    assertThatThrownBy(() -> new Notice("b", "d", null, null, "a@b.example", "Hello\r\nBcc: x@y.example", "body"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
    assertThatThrownBy(() -> new Notice("b", "d", null, null, "a@b.example\nBcc: x@y.example", "Hello", "body"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recipientEmail");
    assertThatCode(() -> new Notice("b", "d", null, null, "a@b.example", "Hello", "line one\nline two"))
        .doesNotThrowAnyException();
  }

  @Test
  void keysAndAddressAreRequiredAndTheBodyHasALimit() {
    assertThatThrownBy(() -> new Notice(" ", "d", null, null, "a@b.example", "s", "body"))
        .hasMessageContaining("batchKey");
    assertThatThrownBy(() -> new Notice("b", null, null, null, "a@b.example", "s", "body"))
        .hasMessageContaining("dedupKey");
    assertThatThrownBy(() -> new Notice("b", "d", null, null, "a@b.example", "s", "x".repeat(100_001)))
        .hasMessageContaining("body");
  }
}
