package org.coproduce.process.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time run the start-up initialisation on a shared PostgreSQL database: the
 * engine's schema creation, the deployment of the models and the bootstraps (role groups,
 * authorizations, the first administrator, filters). Several nodes started together on an empty
 * database would otherwise race: two create the same {@code ACT_*} table, or insert the same group,
 * and one of them fails to start; filters have no unique key and would be created twice.
 *
 * <p>A session-level advisory lock, taken before the engine is built (plugin {@code preInit}) and
 * released when the application is ready, after every {@code ApplicationRunner}. A node that dies
 * while holding it releases it with its connection. On H2 (the single-node demo) nothing is locked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLock extends AbstractProcessEnginePlugin implements ApplicationListener<ApplicationReadyEvent>,
    DisposableBean {

  /** Any fixed number; the advisory lock's name for all nodes of one database. */
  static final long LOCK_KEY = 0x436f70726f647563L; // "Coproduc"
  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private Connection held;

  StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      if (!call(connection, "select pg_try_advisory_lock(?)")) {
        log.info("Another node is starting on this database; waiting for it to finish its start-up");
        long started = System.nanoTime();
        call(connection, "select pg_advisory_lock(?) is not null");
        log.info("Start-up lock acquired after {} ms", (System.nanoTime() - started) / 1_000_000);
      }
      held = connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new ProcessEngineException("Could not take the start-up lock on the database: " + e.getMessage(), e);
    }
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release();
  }

  @Override
  public void destroy() {
    release(); // the start failed, or the context closes before it was ready
  }

  synchronized void release() {
    if (held == null) {
      return;
    }
    try {
      call(held, "select pg_advisory_unlock(?)");
    } catch (SQLException e) {
      log.warn("Could not release the start-up lock (it goes with the connection): {}", e.getMessage());
    } finally {
      closeQuietly(held);
      held = null;
    }
  }

  private static boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, LOCK_KEY);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("Closing the start-up lock's connection: {}", e.getMessage());
    }
  }
}
