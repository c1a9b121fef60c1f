package org.coproduce.record.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.coproduce.record.ChainVerification;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class HashChainedDecisionRecord implements DecisionRecord {

  private static final Logger log = LoggerFactory.getLogger(HashChainedDecisionRecord.class);

  /** Canonical JSON: sorted keys, ISO dates, so the digest of the same data is always the same. */
  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .build();

  private final DecisionEntries entries;
  private final ChainHeads heads;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  HashChainedDecisionRecord(DecisionEntries entries, ChainHeads heads, JdbcTemplate jdbc, Clock clock) {
    this.entries = entries;
    this.heads = heads;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public RecordedDecision append(Decision decision) {
    String details = canonicalJson(decision);
    String digest = ChainHashing.sha256(details);
    ChainHead head = heads.lockHead();
    long seq = head.lastSeq() + 1;
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String hash = ChainHashing.entryHash(head.lastHash(), seq, decision.caseRef(), decision.actor(), decision.role(),
        decision.action(), decision.rule(), decision.outcome(), digest, now);
    RecordedDecision recorded = new RecordedDecision(seq, decision.caseRef(), decision.actor(), decision.role(),
        decision.action(), decision.rule(), decision.outcome(), details, digest, now, head.lastHash(), hash);
    head.advance(seq, hash);
    // Written now, not at commit, so that JDBC readers in this transaction (verify) see it.
    entries.saveAndFlush(new DecisionEntry(recorded));
    log.info("Decision #{} case={} action={} by {} ({}) under {}: {}", seq, decision.caseRef(), decision.action(),
        decision.actor(), decision.role(), decision.rule(), decision.outcome());
    return recorded;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordedDecision> ofCase(String caseRef) {
    return entries.findByCaseRefOrderBySeq(caseRef).stream().map(DecisionEntry::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    Walk walk = new Walk();
    jdbc.query("select seq, case_ref, actor, actor_role, action, rule_applied, outcome, details, data_digest, "
        + "recorded_at, prev_hash, entry_hash from decision_record order by seq", walk);
    if (walk.broken != null) {
      return walk.broken;
    }
    Long headSeq = jdbc.queryForObject("select last_seq from decision_chain_head where id = 1", Long.class);
    String headHash = jdbc.queryForObject("select last_hash from decision_chain_head where id = 1", String.class);
    if (headSeq != null && (headSeq != walk.expectedSeq - 1 || !walk.prevHash.equals(headHash))) {
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

  private static String canonicalJson(Decision decision) {
    try {
      return CANONICAL.writeValueAsString(decision.details());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Decision details cannot be written as JSON: " + e.getMessage(), e);
    }
  }
}
