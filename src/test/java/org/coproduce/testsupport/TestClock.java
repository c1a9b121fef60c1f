package org.coproduce.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests. It is system time (UTC) unless a test fixes it at
 * an instant or shifts it; the test context is shared by every IT class, so tests call
 * {@link #reset()} after each test (see {@link PostgresIntegrationTest}).
 */
public class TestClock extends Clock {

  private final AtomicReference<Instant> fixed = new AtomicReference<>();
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final AtomicReference<Pause> pause = new AtomicReference<>();

  private record Pause(Thread reader, CountDownLatch reached, CountDownLatch resume) {
  }

  /**
   * The next reading of the clock by {@code reader} takes its value, then signals {@code reached}
   * and waits for {@code resume} before returning it: a test can hold a transaction right after it
   * read the time, to interleave another one deterministically.
   */
  public void pauseNextReadBy(Thread reader, CountDownLatch reached, CountDownLatch resume) {
    pause.set(new Pause(reader, reached, resume));
  }

  /** Stops the clock at {@code instant}. */
  public void setTo(Instant instant) {
    fixed.set(instant);
  }

  /** Lets the clock tick with system time, such that it reads {@code instant} now. */
  public void tickFrom(Instant instant) {
    offset.set(Duration.between(Instant.now(), instant));
    fixed.set(null);
  }

  public void reset() {
    fixed.set(null);
    offset.set(Duration.ZERO);
    pause.set(null);
  }

  @Override
  public Instant instant() {
    Instant at = fixed.get();
    Instant now = at != null ? at : Instant.now().plus(offset.get());
    Pause p = pause.get();
    if (p != null && p.reader() == Thread.currentThread() && pause.compareAndSet(p, null)) {
      p.reached().countDown();
      try {
        if (!p.resume().await(2, TimeUnit.MINUTES)) {
          throw new IllegalStateException("TestClock pause was never resumed");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The application clock is UTC");
  }

  /** Replaces the application's clock bean in every integration test context. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {

    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }
}
