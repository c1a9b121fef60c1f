package org.coproduce.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice as operators see it: where it stands, never its text.
 *
 * @param attempts how often sending it was tried
 * @param lastError why the last attempt failed, or null
 * @param messageId the RFC 5322 Message-ID it is sent with (the same on every attempt)
 */
public record NoticeView(UUID id, String batchKey, String dedupKey, String caseRef, String recipientUserId,
    String recipientEmail, String subject, NoticeStatus status, int attempts, String lastError, String messageId,
    Instant createdAt, Instant lastAttemptAt, Instant sentAt) {
}
