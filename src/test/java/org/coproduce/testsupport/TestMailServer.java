package org.coproduce.testsupport;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP port of the integration tests: free when the JVM chose it, the same for every test class,
 * so all share one Spring context. A fixed port would clash with another build on the same machine.
 * Tests that send mail start GreenMail on {@link #setup()}; elsewhere nothing listens there.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final int PORT = freePort();

  public static int port() {
    return PORT;
  }

  /** GreenMail's SMTP server on the port the application sends to. */
  public static ServerSetup setup() {
    return new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server",
        Map.of("spring.mail.port", PORT)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the test SMTP server", e);
    }
  }
}
