package org.coproduce.notification;

import java.util.List;

/**
 * Some notices of a batch could not be sent. They stay pending, with the attempt counted and the
 * error recorded; dispatching the batch again sends only those. The message says how many failed
 * and why, for the operator who reads it as a Camunda incident.
 */
public class NotificationDispatchException extends RuntimeException {

  /** One notice that was not sent, and why. */
  public record FailedNotice(String dedupKey, String cause) {
  }

  private final String batchKey;
  private final int total;
  private final int sent;
  private final transient List<FailedNotice> failed;

  public NotificationDispatchException(String message, String batchKey, int total, int sent,
      List<FailedNotice> failed) {
    super(message);
    this.batchKey = batchKey;
    this.total = total;
    this.sent = sent;
    this.failed = List.copyOf(failed);
  }

  public String getBatchKey() {
    return batchKey;
  }

  /** Notices in the batch. */
  public int getTotal() {
    return total;
  }

  /** Notices of the batch that are sent (by this dispatch or before). */
  public int getSent() {
    return sent;
  }

  public List<FailedNotice> getFailed() {
    return failed;
  }
}
