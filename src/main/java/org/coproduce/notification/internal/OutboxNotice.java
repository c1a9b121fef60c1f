package org.coproduce.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.notification.NoticeStatus;
import org.coproduce.notification.NoticeView;

/**
 * A row of the outbox. Read through JPA; written by plain SQL (the insert, so a duplicate can be
 * rolled back to a savepoint) and by conditional bulk updates (claim, sent, failed), so that two
 * dispatches never both act on one notice.
 */
@Entity
@Table(name = "notification_notice")
class OutboxNotice {

  @Id
  private UUID id;
  @Column(name = "batch_key")
  private String batchKey;
  @Column(name = "dedup_key")
  private String dedupKey;
  @Column(name = "case_ref")
  private String caseRef;
  @Column(name = "recipient_user_id")
  private String recipientUserId;
  @Column(name = "recipient_email")
  private String recipientEmail;
  private String subject;
  private String body;
  @Column(name = "message_id")
  private String messageId;
  @Enumerated(EnumType.STRING)
  private NoticeStatus status;
  private int attempts;
  @Column(name = "last_error")
  private String lastError;
  @Column(name = "created_at")
  private Instant createdAt;
  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;
  @Column(name = "sent_at")
  private Instant sentAt;
  @Column(name = "claimed_by")
  private String claimedBy;
  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected OutboxNotice() {
  }

  NoticeView view() {
    return new NoticeView(id, batchKey, dedupKey, caseRef, recipientUserId, recipientEmail, subject, status, attempts,
        lastError, messageId, createdAt, lastAttemptAt, sentAt);
  }

  UUID getId() {
    return id;
  }

  String getBatchKey() {
    return batchKey;
  }

  String getDedupKey() {
    return dedupKey;
  }

  String getRecipientUserId() {
    return recipientUserId;
  }

  String getRecipientEmail() {
    return recipientEmail;
  }

  String getSubject() {
    return subject;
  }

  String getBody() {
    return body;
  }

  String getMessageId() {
    return messageId;
  }

  NoticeStatus getStatus() {
    return status;
  }

  int getAttempts() {
    return attempts;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getClaimedUntil() {
    return claimedUntil;
  }
}
