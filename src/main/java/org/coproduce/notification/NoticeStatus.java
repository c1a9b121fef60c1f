package org.coproduce.notification;

/** PENDING until the mail server has accepted the notice, then SENT. */
public enum NoticeStatus {
  PENDING,
  SENT
}
