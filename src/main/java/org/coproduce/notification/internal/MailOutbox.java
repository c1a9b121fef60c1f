package org.coproduce.notification.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coproduce.notification.DispatchResult;
import org.coproduce.notification.Notice;
import org.coproduce.notification.NoticeStatus;
import org.coproduce.notification.NoticeView;
import org.coproduce.notification.NotificationDispatchException;
import org.coproduce.notification.NotificationDispatchException.FailedNotice;
import org.coproduce.notification.NotificationProperties;
import org.coproduce.notification.Notifications;
import org.coproduce.notification.internal.NoticeMailer.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on the domain database and SMTP (docs/adr/0005-notification-outbox.md).
 *
 * <p>Dispatch never holds a database transaction while it talks to the mail server: per notice it
 * claims the row (short transaction), sends, then marks it SENT or records the error (short
 * transaction). Its transactions are independent of the caller's, so when the caller (a Camunda job)
 * rolls back after a failure, what was sent stays marked sent.
 */
@Service
class MailOutbox implements Notifications {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

  /** How much of a failure's description is kept on the notice and put into the exception. */
  static final int MAX_ERROR_LENGTH = 300;
  /** How many distinct causes the exception message spells out; Camunda keeps 666 characters of it. */
  private static final int CAUSES_IN_MESSAGE = 2;

  private static final String INSERT = """
      insert into notification_notice (id, batch_key, dedup_key, case_ref, recipient_user_id, recipient_email,
          subject, body, message_id, status, attempts, created_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""";

  private final OutboxNotices notices;
  private final JdbcTemplate jdbc;
  private final NoticeMailer mailer;
  private final NotificationProperties properties;
  private final Clock clock;
  private final TransactionTemplate own;
  private final TransactionTemplate ownReadOnly;

  MailOutbox(OutboxNotices notices, JdbcTemplate jdbc, NoticeMailer mailer, NotificationProperties properties,
      Clock clock, PlatformTransactionManager transactions) {
    this.notices = notices;
    this.jdbc = jdbc;
    this.mailer = mailer;
    this.properties = properties;
    this.clock = clock;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.ownReadOnly = new TransactionTemplate(transactions);
    this.ownReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.ownReadOnly.setReadOnly(true);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(Notice notice) {
    Integer existing = jdbc.queryForObject("select count(*) from notification_notice where dedup_key = ?",
        Integer.class, notice.dedupKey());
    boolean added = existing == 0 && insert(notice);
    if (added) {
      rememberEnqueued(notice.batchKey());
      log.info("Notice {} queued in batch {} for user {}", notice.dedupKey(), notice.batchKey(),
          notice.recipientUserId());
    } else {
      log.debug("Notice {} is already in the outbox; not queued again", notice.dedupKey());
    }
    return added;
  }

  /**
   * Inserts behind a savepoint: when a concurrent transaction has inserted the same dedup key, the
   * unique constraint refuses this row (on PostgreSQL once that transaction commits) and only the
   * savepoint is rolled back, so the caller's transaction goes on.
   */
  private boolean insert(Notice notice) {
    UUID id = UUID.randomUUID();
    String messageId = MessageIds.of(notice.dedupKey(), properties.domain());
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    Boolean inserted = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
      Savepoint savepoint = connection.setSavepoint();
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        insert.setObject(1, id);
        insert.setString(2, notice.batchKey());
        insert.setString(3, notice.dedupKey());
        insert.setString(4, notice.caseRef());
        insert.setString(5, notice.recipientUserId());
        insert.setString(6, notice.recipientEmail());
        insert.setString(7, notice.subject());
        insert.setString(8, notice.body());
        insert.setString(9, messageId);
        insert.setObject(10, now);
        insert.executeUpdate();
      } catch (SQLException e) {
        if ("23505".equals(e.getSQLState())) {
          connection.rollback(savepoint);
          return false;
        }
        throw e;
      }
      connection.releaseSavepoint(savepoint);
      return true;
    });
    return Boolean.TRUE.equals(inserted);
  }

  private static void rememberEnqueued(String batchKey) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    EnqueuedBatches batches = (EnqueuedBatches) TransactionSynchronizationManager.getResource(EnqueuedBatches.class);
    if (batches == null) {
      batches = new EnqueuedBatches();
      TransactionSynchronizationManager.bindResource(EnqueuedBatches.class, batches);
      TransactionSynchronizationManager.registerSynchronization(batches);
    }
    batches.keys.add(batchKey);
  }

  private static boolean enqueuedInOpenTransaction(String batchKey) {
    return TransactionSynchronizationManager.getResource(EnqueuedBatches.class) instanceof EnqueuedBatches batches
        && batches.keys.contains(batchKey);
  }

  /** The batch keys enqueued by the current transaction, bound to it while it is active. */
  private static final class EnqueuedBatches implements TransactionSynchronization {

    final Set<String> keys = new HashSet<>();

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(EnqueuedBatches.class);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(EnqueuedBatches.class, this);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(EnqueuedBatches.class);
    }
  }

  @Override
  public DispatchResult dispatch(String batchKey) {
    if (enqueuedInOpenTransaction(batchKey)) {
      // Its notices are not committed yet, so they cannot be sent; after the commit nobody would.
      throw new IllegalStateException("Batch " + batchKey + " was enqueued in the current transaction, which "
          + "has not committed. Dispatch it in a later transaction, e.g. an asynchronous step.");
    }
    List<OutboxNotice> batch = ownReadOnly.execute(s -> notices.findByBatchKeyOrderByCreatedAtAscIdAsc(batchKey));
    if (batch == null || batch.isEmpty()) {
      throw new IllegalStateException("No notices were enqueued in batch " + batchKey
          + ", so none can be sent. Enqueue them in the transaction of the decision before dispatching.");
    }
    List<OutboxNotice> pending = batch.stream().filter(n -> n.getStatus() == NoticeStatus.PENDING).toList();
    int total = batch.size();
    int sentBefore = total - pending.size();
    log.info("Dispatching batch {}: {} notices, {} pending, {} sent before", batchKey, total, pending.size(),
        sentBefore);

    int sentNow = 0;
    List<FailedNotice> failed = new ArrayList<>();
    for (OutboxNotice notice : pending) {
      Attempt attempt = attempt(notice);
      switch (attempt.outcome()) {
        case SENT -> sentNow++;
        case SENT_BEFORE -> sentBefore++;
        case FAILED -> failed.add(new FailedNotice(notice.getDedupKey(), attempt.error()));
      }
    }

    if (failed.isEmpty()) {
      log.info("Batch {} dispatched: {} sent now, {} sent before, none failed", batchKey, sentNow, sentBefore);
      return new DispatchResult(batchKey, total, sentNow, sentBefore);
    }
    String message = failureMessage(batchKey, total, sentNow, sentBefore, failed);
    log.warn(message);
    throw new NotificationDispatchException(message, batchKey, total, sentNow + sentBefore, failed);
  }

  private enum Outcome { SENT, SENT_BEFORE, FAILED }

  private record Attempt(Outcome outcome, String error) {
  }

  /** One notice: claim it, send it, mark it. Never throws. */
  private Attempt attempt(OutboxNotice candidate) {
    UUID id = candidate.getId();
    String token = UUID.randomUUID().toString();
    Optional<Claimed> claimed;
    try {
      claimed = own.execute(s -> claim(id, token));
    } catch (RuntimeException e) {
      String error = "could not be claimed: " + FailureCauses.describe(e, MAX_ERROR_LENGTH);
      log.warn("Notice {} of batch {} {}", candidate.getDedupKey(), candidate.getBatchKey(), error);
      return new Attempt(Outcome.FAILED, error);
    }
    if (claimed == null || claimed.isEmpty()) {
      return notClaimed(candidate);
    }
    Claimed notice = claimed.get();
    Instant now = clock.instant();
    try {
      mailer.send(notice.outgoing(), now);
    } catch (RuntimeException e) {
      String error = FailureCauses.describe(e, MAX_ERROR_LENGTH);
      log.warn("Notice {} of batch {} to user {} not sent (attempt {}): {}", candidate.getDedupKey(),
          candidate.getBatchKey(), candidate.getRecipientUserId(), notice.attempts(), error);
      try {
        own.executeWithoutResult(s -> notices.markFailed(id, token, error));
      } catch (RuntimeException recordFailure) {
        // The claim runs out by itself; the notice is still pending.
        log.error("Could not record the failure of notice {}: {}", candidate.getDedupKey(),
            FailureCauses.describe(recordFailure, MAX_ERROR_LENGTH));
      }
      return new Attempt(Outcome.FAILED, error);
    }
    try {
      Integer marked = own.execute(s -> notices.markSent(id, clock.instant()));
      log.info("Notice {} of batch {} sent to user {} as {} (attempt {})", candidate.getDedupKey(),
          candidate.getBatchKey(), candidate.getRecipientUserId(), notice.outgoing().messageId(), notice.attempts());
      if (marked == null || marked == 0) {
        log.warn("Notice {} was marked sent by another dispatch meanwhile; it may have gone out twice "
            + "(same Message-ID {})", candidate.getDedupKey(), notice.outgoing().messageId());
      }
      return new Attempt(Outcome.SENT, null);
    } catch (RuntimeException e) {
      // The crash window of docs/adr/0005: accepted by the mail server, not marked. When the claim runs
      // out, a later dispatch sends it again with the same Message-ID.
      String error = "sent, but could not be marked sent (it may go out twice): "
          + FailureCauses.describe(e, MAX_ERROR_LENGTH);
      log.error("Notice {} of batch {} {}", candidate.getDedupKey(), candidate.getBatchKey(), error);
      return new Attempt(Outcome.FAILED, error);
    }
  }

  private record Claimed(Outgoing outgoing, int attempts) {
  }

  private Optional<Claimed> claim(UUID id, String token) {
    Instant now = clock.instant();
    if (notices.claim(id, token, now, now.plus(properties.claimTimeout())) == 0) {
      return Optional.empty();
    }
    return notices.findById(id).map(n -> new Claimed(
        new Outgoing(n.getRecipientEmail(), n.getSubject(), n.getBody(), n.getMessageId()), n.getAttempts()));
  }

  /** Another dispatch sent it meanwhile, or is sending it now (another node, or a job whose lock ran out). */
  private Attempt notClaimed(OutboxNotice candidate) {
    Optional<OutboxNotice> now = ownReadOnly.execute(s -> notices.findById(candidate.getId()));
    if (now != null && now.isPresent() && now.get().getStatus() == NoticeStatus.SENT) {
      return new Attempt(Outcome.SENT_BEFORE, null);
    }
    Instant until = now == null ? null : now.flatMap(n -> Optional.ofNullable(n.getClaimedUntil())).orElse(null);
    String error = "being sent by another dispatch" + (until == null ? "" : " (held until " + until + ")");
    log.warn("Notice {} of batch {} skipped: {}", candidate.getDedupKey(), candidate.getBatchKey(), error);
    return new Attempt(Outcome.FAILED, error);
  }

  /**
   * What the operator reads in the incident: counts and what to do first (Camunda keeps the first 666
   * characters), then each distinct cause with the notices it stopped.
   */
  static String failureMessage(String batchKey, int total, int sentNow, int sentBefore, List<FailedNotice> failed) {
    StringBuilder message = new StringBuilder()
        .append(failed.size()).append(" of ").append(total).append(" notices of batch ").append(batchKey)
        .append(" not sent (").append(sentNow + sentBefore).append(" sent, ").append(sentNow)
        .append(" of them now; none is sent twice). The failed ones stay pending and go out when the batch is ")
        .append("dispatched again, once the cause is fixed.");
    Map<String, List<String>> byCause = new LinkedHashMap<>();
    failed.forEach(f -> byCause.computeIfAbsent(f.cause(), c -> new ArrayList<>()).add(f.dedupKey()));
    int listed = 0;
    for (Map.Entry<String, List<String>> cause : byCause.entrySet()) {
      if (listed == CAUSES_IN_MESSAGE) {
        message.append(" And ").append(byCause.size() - listed).append(" other causes.");
        break;
      }
      List<String> keys = cause.getValue().stream().sorted().toList(); // the same text on every retry
      message.append(' ').append(cause.getKey().replaceAll("[.\\s]+$", "")).append(": ").append(keys.get(0))
          .append(keys.size() > 1 ? " and " + (keys.size() - 1) + " more" : "").append('.');
      listed++;
    }
    return message.toString();
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoticeView> batch(String batchKey) {
    return notices.findByBatchKeyOrderByCreatedAtAscIdAsc(batchKey).stream().map(OutboxNotice::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoticeView> list(NoticeStatus status, int limit) {
    Limit max = Limit.of(Math.max(1, limit));
    List<OutboxNotice> found = status == null ? notices.findAllByOrderByCreatedAtAscIdAsc(max)
        : notices.findByStatusOrderByCreatedAtAscIdAsc(status, max);
    return found.stream().map(OutboxNotice::view).toList();
  }
}
