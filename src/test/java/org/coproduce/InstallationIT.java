package org.coproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.coproduce.testsupport.PostgresTestDatabase;
import org.coproduce.testsupport.WebappRuntimeDelegates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Installations as an operator lives them, each on its own fresh PostgreSQL database: restarts,
 * a designer's changed form, a dropped engine index, a missing first administrator or master key.
 */
// Starts applications of its own: it runs in a JVM of its own (pom: failsafe "own-application").
@Tag("own-application")
class InstallationIT {

  /** Outside the demo the sealed-bid master key is required (COPRODUCE_BIDDING_MASTER_KEY). */
  private static final String MASTER_KEY = "--coproduce.bidding.master-key=dGVzdHMtb25seS1jb3Byb2R1Y2UtYmlkZGluZy1rZXk=";

  @TempDir Path models;
  private WebappRuntimeDelegates webapps;

  /** The applications started here clear the webapps' JVM-wide delegates when they close. */
  @BeforeEach
  void saveWebappDelegates() {
    webapps = WebappRuntimeDelegates.save();
  }

  @AfterEach
  void restoreWebappDelegates() {
    webapps.restore();
  }

  @Test
  void restartWithUnchangedModelsDeploysNothingAndAChangedFormDeploysOnce() throws IOException, SQLException {
    String url = PostgresTestDatabase.createDatabase("coproduce_install_test");
    copyModels();

    long first = deploymentsAfterStart(url);
    long unchanged = deploymentsAfterStart(url);
    Path form = models.resolve("forms/ConfirmPanel.form");
    Files.writeString(form, Files.readString(form).replace("Draw again", "Draw the panel again"));
    long changed = deploymentsAfterStart(url);

    assertThat(first).isEqualTo(1);
    assertThat(unchanged).as("restart with unchanged models").isEqualTo(1);
    assertThat(changed).as("restart after a form changed").isEqualTo(2);
  }

  @Test
  void theEngineIndexSurvivesBeingDroppedAndARestart() throws SQLException {
    String url = PostgresTestDatabase.createDatabase("coproduce_index_test");
    start(url, "classpath*:processes/**/*.bpmn").close();
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      s.execute("DROP INDEX coproduce_idx_task_parent");
    }
    assertThat(indexExists(url)).isFalse();

    start(url, "classpath*:processes/**/*.bpmn").close();

    assertThat(indexExists(url)).isTrue();
  }

  @Test
  void startUpStopsWithoutAFirstAdministratorNamingTheVariables() {
    String url = PostgresTestDatabase.createDatabase("coproduce_noadmin_test");

    assertThatThrownBy(() -> new SpringApplicationBuilder(CoproduceApplication.class)
        .profiles("postgres")
        .run(with(common(url, "classpath*:processes/**/*.bpmn"), MASTER_KEY)).close())
        .hasStackTraceContaining("COPRODUCE_ADMIN_ID")
        .hasStackTraceContaining("COPRODUCE_ADMIN_PASSWORD");
  }

  @Test
  void startUpStopsWithoutABiddingMasterKeyNamingTheVariable() {
    String url = PostgresTestDatabase.createDatabase("coproduce_nokey_test");

    assertThatThrownBy(() -> new SpringApplicationBuilder(CoproduceApplication.class)
        .profiles("postgres")
        .run(with(common(url, "classpath*:processes/**/*.bpmn"), "--coproduce.admin.id=admin",
            "--coproduce.admin.password=admin-secret")).close())
        .hasStackTraceContaining("COPRODUCE_BIDDING_MASTER_KEY");
  }

  private long deploymentsAfterStart(String url) {
    try (ConfigurableApplicationContext app = start(url,
        "file:" + models.resolve("processes") + "/*.bpmn," + "file:" + models.resolve("forms") + "/*.form")) {
      return app.getBean(RepositoryService.class).createDeploymentQuery().count();
    }
  }

  private ConfigurableApplicationContext start(String url, String patterns) {
    return new SpringApplicationBuilder(CoproduceApplication.class)
        .profiles("postgres")
        .run(with(common(url, patterns), "--coproduce.admin.id=admin", "--coproduce.admin.password=admin-secret",
            MASTER_KEY));
  }

  /**
   * Command-line arguments, which (unlike default properties) outrank the profile's configuration.
   * The engine gets a name of its own: Camunda keeps engines in a JVM-wide registry by name, and
   * closing (or failing to start) one named "default" here would unregister the shared test
   * context's engine, which the engine REST API then no longer finds (404).
   */
  private static String[] common(String url, String patterns) {
    return new String[] {
        "--server.port=0",
        "--camunda.bpm.process-engine-name=installation",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + PostgresTestDatabase.user(),
        "--spring.datasource.password=" + PostgresTestDatabase.password(),
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.deployment-resource-pattern=" + patterns,
        "--logging.level.root=WARN"};
  }

  private static String[] with(String[] arguments, String... more) {
    List<String> all = new ArrayList<>(List.of(arguments));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private void copyModels() throws IOException {
    for (String folder : List.of("processes", "forms")) {
      Path target = models.resolve(folder);
      FileSystemUtils.copyRecursively(Path.of(folder), target);
      try (Stream<Path> files = Files.list(target)) {
        assertThat(files.count()).isPositive();
      }
    }
  }

  private static boolean indexExists(String url) throws SQLException {
    try (Connection c = connect(url); ResultSet rs = c.createStatement().executeQuery(
        "select 1 from pg_indexes where indexname = 'coproduce_idx_task_parent'")) {
      return rs.next();
    }
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
  }
}
