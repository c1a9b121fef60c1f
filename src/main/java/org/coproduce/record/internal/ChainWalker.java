package org.coproduce.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.coproduce.record.ChainVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Re-walks the hash chain over plain JDBC, so that the running application and the stand-alone
 * verify command (which starts no engine and writes nothing) check it the same way.
 *
 * <p>The chain head is read first and only entries up to it are walked: an append committing
 * while the walk runs is simply not part of this check, instead of looking like a missing entry.
 */
public final class ChainWalker {

  private final JdbcTemplate jdbc;

  public ChainWalker(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public ChainVerification verify() {
    Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from decision_chain_head where id = 1");
    long headSeq = ((Number) head.get("last_seq")).longValue();
    String headHash = (String) head.get("last_hash");
    Walk walk = new Walk();
    jdbc.query("select seq, case_ref, actor, actor_role, action, rule_applied, outcome, details, data_digest, "
        + "recorded_at, prev_hash, entry_hash from decision_record where seq <= ? order by seq", walk, headSeq);
    if (walk.broken != null) {
      return walk.broken;
    }
    if (headSeq != walk.expectedSeq - 1 || !walk.prevHash.equals(headHash)) {
      return ChainVerification.broken(walk.count, walk.expectedSeq,
          "entries after #" + (walk.expectedSeq - 1) + " are missing: the chain head is at #" + headSeq);
    }
    return ChainVerification.ok(walk.count);
  }

  /** Streams the rows in order, stopping at the first one that does not verify. */
  private static final class Walk implements RowCallbackHandler {
    long expectedSeq = 1;
    long count;
    String prevHash = ChainHashing.GENESIS;
    ChainVerification broken;

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      if (broken != null) {
        return;
      }
      count++;
      long seq = rs.getLong("seq");
      if (seq != expectedSeq) {
        broken = ChainVerification.broken(count, Math.min(seq, expectedSeq),
            "expected entry #" + expectedSeq + " but found #" + seq + " (an entry was deleted or inserted)");
        return;
      }
      String storedPrev = rs.getString("prev_hash");
      if (!prevHash.equals(storedPrev)) {
        broken = ChainVerification.broken(count, seq,
            "its previous-hash does not match entry #" + (seq - 1) + " (entries were reordered, removed or replaced)");
        return;
      }
      String details = rs.getString("details");
      String digest = rs.getString("data_digest");
      if (!ChainHashing.sha256(details).equals(digest)) {
        broken = ChainVerification.broken(count, seq, "its details do not match their digest (details were edited)");
        return;
      }
      Instant recordedAt = rs.getTimestamp("recorded_at").toInstant();
      String recomputed = ChainHashing.entryHash(storedPrev, seq, rs.getString("case_ref"), rs.getString("actor"),
          rs.getString("actor_role"), rs.getString("action"), rs.getString("rule_applied"), rs.getString("outcome"),
          digest, recordedAt);
      String stored = rs.getString("entry_hash");
      if (!recomputed.equals(stored)) {
        broken = ChainVerification.broken(count, seq, "its content does not match its hash (the entry was edited)");
        return;
      }
      prevHash = stored;
      expectedSeq = seq + 1;
    }
  }
}
