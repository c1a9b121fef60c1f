package org.coproduce.notification;

import java.util.Objects;

/**
 * One e-mail to enqueue.
 *
 * @param batchKey the notices that go out together, e.g. {@code award:<tenderId>:<round>}; dispatched as one
 * @param dedupKey unique per notice, e.g. {@code award:<tenderId>:<round>:<supplierId>}: enqueueing a
 *     notice whose key is already queued (or sent) does nothing, and the Message-ID is derived from it
 * @param caseRef the case it belongs to, or null
 * @param recipientUserId the recipient's user id, or null
 * @param recipientEmail the address it is sent to
 * @param subject one line
 * @param body plain text (sent as UTF-8)
 */
public record Notice(String batchKey, String dedupKey, String caseRef, String recipientUserId, String recipientEmail,
    String subject, String body) {

  public static final int MAX_BODY_LENGTH = 100_000;

  public Notice {
    requireText(batchKey, "batchKey", 200);
    requireText(dedupKey, "dedupKey", 300);
    requireText(recipientEmail, "recipientEmail", 320);
    requireText(subject, "subject", 500);
    Objects.requireNonNull(body, "body");
    if (caseRef != null && caseRef.length() > 40) {
      throw new IllegalArgumentException("caseRef is longer than 40 characters");
    }
    if (recipientUserId != null && recipientUserId.length() > 100) {
      throw new IllegalArgumentException("recipientUserId is longer than 100 characters");
    }
    if (body.length() > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException("body is longer than " + MAX_BODY_LENGTH + " characters");
    }
    // A line break in a header would let text smuggle in headers of its own.
    if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("subject must be one line");
    }
    if (recipientEmail.indexOf('\r') >= 0 || recipientEmail.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("recipientEmail must be one line");
    }
  }

  private static void requireText(String value, String name, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
    }
  }
}
