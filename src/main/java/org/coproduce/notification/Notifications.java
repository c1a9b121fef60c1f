package org.coproduce.notification;

import java.util.List;

/**
 * The e-mail outbox. A notice exists if and only if the transaction that enqueued it committed; it
 * is sent at least once and, outside a crash between the mail server's acceptance and the commit of
 * its SENT mark, exactly once (docs/adr/0005-notification-outbox.md).
 */
public interface Notifications {

  /**
   * Writes the notice in the caller's transaction, which must exist. A notice whose dedup key is
   * already there (queued or sent, or committed meanwhile by a concurrent transaction) is left as it
   * is and nothing is added.
   *
   * @return true if the notice was added, false if its dedup key was already there
   */
  boolean enqueue(Notice notice);

  /**
   * Sends every pending notice of the batch, each marked SENT in its own short transaction as soon
   * as the mail server accepted it. Tries them all, then throws if any failed. Runs in transactions
   * of its own, so it sends only notices whose enqueueing transaction has committed; calling it in
   * the transaction that enqueued the batch is refused.
   *
   * @throws NotificationDispatchException when a notice could not be sent; the others are sent,
   *     the failed ones stay pending, and a later dispatch sends only those
   * @throws IllegalStateException when the batch has no notices at all, or was enqueued in the
   *     caller's still open transaction
   */
  DispatchResult dispatch(String batchKey);

  /** The notices of one batch, oldest first, without their text. */
  List<NoticeView> batch(String batchKey);

  /** Notices in the given status (null: any), oldest first, at most {@code limit}, without their text. */
  List<NoticeView> list(NoticeStatus status, int limit);
}
