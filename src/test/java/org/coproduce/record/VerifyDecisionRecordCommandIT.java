package org.coproduce.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documented command ({@code --coproduce.verify-decision-record}) against a real PostgreSQL:
 * exit 0 and "intact" for the application's chain; exit 1 naming the first broken entry for an
 * edited and a deleted row; exit 2 when the database cannot be read. The command reads with
 * connections of its own, so tampering must be committed: it happens in a copy of the record in a
 * database of its own, never in the chain the other tests share.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class VerifyDecisionRecordCommandIT {

  @Autowired DecisionRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  List<Long> seqs;

  @BeforeEach
  void appendSomeDecisions() {
    seqs = tx.execute(s -> List.of(append("a"), append("b"), append("c")));
  }

  @Test
  void anIntactChainExitsWithZero(CapturedOutput output) {
    int exitCode = VerifyDecisionRecordCommand.run(args(PostgresTestDatabase.url()));

    assertThat(exitCode).isZero();
    assertThat(output.getOut()).contains("Decision record intact: ").contains(" entries checked.");
  }

  @Test
  void anEditedEntryExitsWithOneAndIsNamed(CapturedOutput output) {
    JdbcTemplate copy = copyOfTheRecord("verify_edited_test");
    copy.update("update decision_record set outcome = 'rejected' where seq = ?", seqs.get(1));

    int exitCode = VerifyDecisionRecordCommand.run(args(copyUrl("verify_edited_test")));

    assertThat(exitCode).isEqualTo(1);
    assertThat(output.getOut()).contains("Decision record BROKEN at entry #" + seqs.get(1) + ": ")
        .contains("edited");
  }

  @Test
  void aDeletedEntryExitsWithOneAndIsNamed(CapturedOutput output) {
    JdbcTemplate copy = copyOfTheRecord("verify_deleted_test");
    copy.update("delete from decision_record where seq = ?", seqs.get(0));

    int exitCode = VerifyDecisionRecordCommand.run(args(copyUrl("verify_deleted_test")));

    assertThat(exitCode).isEqualTo(1);
    assertThat(output.getOut()).contains("Decision record BROKEN at entry #" + seqs.get(0) + ": ")
        .contains("deleted");
  }

  @Test
  void aDatabaseWithoutTheRecordExitsWithTwo(CapturedOutput output) {
    String empty = PostgresTestDatabase.createDatabase("verify_empty_test");

    int exitCode = VerifyDecisionRecordCommand.run(args(empty));

    assertThat(exitCode).isEqualTo(2);
    assertThat(output.getErr()).contains("Could not check the decision record");
  }

  @Test
  void onlyTheFlagSelectsTheCommand() {
    assertThat(VerifyDecisionRecordCommand.requested("--coproduce.verify-decision-record")).isTrue();
    assertThat(VerifyDecisionRecordCommand.requested("--coproduce.verify-decision-record=true")).isTrue();
    assertThat(VerifyDecisionRecordCommand.requested("--coproduce.verify-decision-record=false")).isFalse();
    assertThat(VerifyDecisionRecordCommand.requested("--spring.profiles.active=postgres")).isFalse();
  }

  private long append(String action) {
    return record.append(new Decision("C-VERIFY", "officer", "commissioning-officer", "test." + action,
        "test-rule", "approved", Map.of("step", action))).seq();
  }

  /** The application's record (schema by its migration, rows as they are) in a fresh database. */
  private JdbcTemplate copyOfTheRecord(String database) {
    DataSource target = new DriverManagerDataSource(PostgresTestDatabase.createDatabase(database),
        PostgresTestDatabase.user(), PostgresTestDatabase.password());
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V1__decision_record.sql")).execute(target);
    JdbcTemplate copy = new JdbcTemplate(target);
    copy.update("delete from decision_chain_head");
    jdbc.query("select id, last_seq, last_hash from decision_chain_head", rs -> {
      copy.update("insert into decision_chain_head (id, last_seq, last_hash) values (?, ?, ?)", rs.getInt(1),
          rs.getLong(2), rs.getString(3));
    });
    jdbc.query("select seq, case_ref, actor, actor_role, action, rule_applied, outcome, details, data_digest, "
        + "recorded_at, prev_hash, entry_hash from decision_record order by seq", rs -> {
          copy.update("insert into decision_record (seq, case_ref, actor, actor_role, action, rule_applied, outcome, "
              + "details, data_digest, recorded_at, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, java.time.OffsetDateTime.class), rs.getString(11),
              rs.getString(12));
        });
    return copy;
  }

  private static String copyUrl(String database) {
    String url = PostgresTestDatabase.url();
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
  }

  private static String[] args(String url) {
    return new String[] {"--coproduce.verify-decision-record", "--spring.profiles.active=test",
        "--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresTestDatabase.user(),
        "--spring.datasource.password=" + PostgresTestDatabase.password()};
  }
}
