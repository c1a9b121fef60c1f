package org.coproduce.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  @Test
  void remembersAConfirmedLoginOnlyForItsOwnPassword() {
    VerifiedCredentials cache = new VerifiedCredentials(new CredentialCacheProperties(Duration.ofMinutes(1), 100));
    cache.remember("supplier1", "right", List.of("suppliers"));

    assertThat(cache.lookup("supplier1", "right")).containsExactly("suppliers");
    assertThat(cache.lookup("supplier1", "wrong")).isNull();
    assertThat(cache.lookup("supplier2", "right")).isNull();
  }

  @Test
  void forgetsAUserWhoseAccountChangedAndEverythingAfterItsTimeToLive() throws Exception {
    VerifiedCredentials cache = new VerifiedCredentials(new CredentialCacheProperties(Duration.ofMillis(50), 100));
    cache.remember("a", "pa", List.of("suppliers"));
    cache.remember("b", "pb", List.of("citizens"));

    cache.forget("a");
    assertThat(cache.lookup("a", "pa")).isNull();
    assertThat(cache.lookup("b", "pb")).containsExactly("citizens");
    Thread.sleep(80);
    assertThat(cache.lookup("b", "pb")).as("expired").isNull();
  }

  @Test
  void aZeroTimeToLiveTurnsItOffAndTheSizeIsBounded() {
    VerifiedCredentials off = new VerifiedCredentials(new CredentialCacheProperties(Duration.ZERO, 100));
    off.remember("a", "pa", List.of("suppliers"));
    assertThat(off.lookup("a", "pa")).isNull();

    VerifiedCredentials small = new VerifiedCredentials(new CredentialCacheProperties(Duration.ofMinutes(1), 2));
    small.remember("a", "pa", List.of());
    small.remember("b", "pb", List.of());
    small.remember("c", "pc", List.of());
    assertThat(small.lookup("c", "pc")).isNotNull();
    assertThat(small.lookup("a", "pa")).isNull();
  }
}
