package org.coproduce.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database a benchmark runs on (docs/benchmarks.md): {@code bench.server}
 * ({@code jdbc:postgresql://127.0.0.1:5432/}), {@code bench.db}, {@code bench.user}
 * ({@code postgres}) and {@code bench.password} (empty). It is dropped and created afresh.
 */
public record BenchmarkDatabase(String name, String url, String user, String password) {

  private static final String SERVER = System.getProperty("bench.server", "jdbc:postgresql://127.0.0.1:5432/");

  /** Drops and creates the database {@code bench.db}, or {@code defaultName} without it. */
  public static BenchmarkDatabase recreate(String defaultName) throws SQLException {
    String name = System.getProperty("bench.db", defaultName);
    String user = System.getProperty("bench.user", "postgres");
    String password = System.getProperty("bench.password", "");
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    return new BenchmarkDatabase(name, SERVER + name, user, password);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
