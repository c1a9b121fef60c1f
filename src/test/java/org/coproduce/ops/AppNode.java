package org.coproduce.ops;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coproduce.testsupport.PostgresTestDatabase;

/**
 * One node of Coproduce: the packaged application ({@code target/coproduce-*.jar}) started as a
 * child process on a port of its own, the {@code postgres} profile, against a given database. Its
 * output goes to {@code target/ops/<name>-<start>.log}. Restartable on the same port and database;
 * {@link #kill()} is {@code kill -9}.
 */
final class AppNode implements AutoCloseable {

  static final String ADMIN = "ops-admin";
  static final String ADMIN_PASSWORD = "Ops-admin-pass-1";
  /** Any 256-bit key; the same for every start on one database, or sealed bids could not be opened. */
  static final String MASTER_KEY = "b3BzLXRlc3RzLW9ubHktY29wcm9kdWNlLWtleS0xMjM=";

  private final String name;
  private final int port;
  private final String databaseUrl;
  private final Map<String, String> settings;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int starts;
  private Path log;

  /**
   * @param settings Spring properties passed as {@code --name=value}, on top of the defaults here
   */
  AppNode(String name, String databaseUrl, Map<String, String> settings) {
    this.name = name;
    this.port = freePort();
    this.databaseUrl = databaseUrl;
    this.settings = settings;
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Path log() {
    return log;
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** Starts the application and returns at once; see {@link #awaitReady(Duration)}. */
  AppNode start() {
    if (alive()) {
      throw new IllegalStateException(name + " is already running");
    }
    starts++;
    try {
      Path dir = Path.of("target", "ops");
      Files.createDirectories(dir);
      log = dir.resolve(name + "-" + starts + ".log");
      List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
          "-jar", jar().toString(), "--server.port=" + port, "--spring.profiles.active=postgres"));
      Map<String, String> all = new LinkedHashMap<>();
      // Every node competes for jobs and looks for them often: timers and notices fire within a second.
      all.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
      all.put("camunda.bpm.job-execution.max-wait", "1000");
      // The job log names the node that ran each job.
      all.put("camunda.bpm.generic-properties.properties.hostname", name);
      all.put("logging.level.org.camunda.bpm.engine.jobexecutor", "INFO");
      all.putAll(settings);
      all.forEach((k, v) -> command.add("--" + k + "=" + v));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("COPRODUCE_DB_URL", databaseUrl);
      env.put("COPRODUCE_DB_USER", PostgresTestDatabase.user());
      env.put("COPRODUCE_DB_PASSWORD", PostgresTestDatabase.password());
      env.put("COPRODUCE_DB_POOL_SIZE", "12");
      env.put("COPRODUCE_ADMIN_ID", ADMIN);
      env.put("COPRODUCE_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("COPRODUCE_BIDDING_MASTER_KEY", MASTER_KEY);
      env.put("COPRODUCE_TENDER_MINIMUM_SUBMISSION_PERIOD", "PT0S");
      env.put("COPRODUCE_SMTP_HOST", "127.0.0.1");
      env.remove("SPRING_PROFILES_ACTIVE");
      process = builder.start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name, e);
    }
  }

  /** Waits until {@code /actuator/health} says UP; fails with the end of the log if the node died. */
  AppNode awaitReady(Duration timeout) {
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      if (!alive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready:\n" + tail());
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new AssertionError(name + " was not ready within " + timeout + ":\n" + tail());
  }

  /** {@code kill -9}: no shutdown hook, no transaction finished, no connection closed politely. */
  void kill() {
    if (process == null) {
      return;
    }
    process.toHandle().destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
  }

  /** Waits until the current log has a line containing the text. */
  void awaitLog(String text, Duration timeout) {
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      try {
        if (Files.exists(log) && Files.readString(log).contains(text)) {
          return;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!alive()) {
        throw new AssertionError(name + " exited before logging '" + text + "':\n" + tail());
      }
      sleep(250);
    }
    throw new AssertionError(name + " did not log '" + text + "' within " + timeout + ":\n" + tail());
  }

  /** The last lines of the current log, for failure messages. */
  String tail() {
    try (Stream<String> lines = Files.lines(log)) {
      List<String> all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static Path jar() {
    File[] jars = new File("target").listFiles((dir, file) -> file.matches("coproduce-.*\\.jar"));
    if (jars == null || jars.length != 1) {
      throw new IllegalStateException("Expected one target/coproduce-*.jar (run after package), found "
          + (jars == null ? "none" : List.of(jars)));
    }
    return jars[0].toPath().toAbsolutePath();
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
