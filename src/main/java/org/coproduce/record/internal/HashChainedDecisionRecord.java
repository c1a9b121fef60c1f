package org.coproduce.record.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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
  public List<RecordedDecision> range(long fromSeq, int limit) {
    return entries.findBySeqGreaterThanEqualOrderBySeq(fromSeq, PageRequest.ofSize(limit)).stream()
        .map(DecisionEntry::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    return new ChainWalker(jdbc).verify();
  }

  private static String canonicalJson(Decision decision) {
    try {
      return CANONICAL.writeValueAsString(decision.details());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Decision details cannot be written as JSON: " + e.getMessage(), e);
    }
  }
}
