package org.coproduce.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.notification.NoticeStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxNotices extends JpaRepository<OutboxNotice, UUID> {

  List<OutboxNotice> findByBatchKeyOrderByCreatedAtAscIdAsc(String batchKey);

  List<OutboxNotice> findByStatusOrderByCreatedAtAscIdAsc(NoticeStatus status, Limit limit);

  List<OutboxNotice> findAllByOrderByCreatedAtAscIdAsc(Limit limit);

  /**
   * Takes a pending notice for one send attempt, counting the attempt. Succeeds (1) only if no other
   * dispatch holds it, or its hold has expired (the node that held it died).
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update OutboxNotice n
         set n.claimedBy = :token, n.claimedUntil = :until, n.attempts = n.attempts + 1, n.lastAttemptAt = :now
       where n.id = :id and n.status = org.coproduce.notification.NoticeStatus.PENDING
         and (n.claimedUntil is null or n.claimedUntil < :now)""")
  int claim(@Param("id") UUID id, @Param("token") String token, @Param("now") Instant now,
      @Param("until") Instant until);

  /**
   * Marks a notice the mail server accepted. Whoever holds it now: even if this dispatch's hold ran
   * out meanwhile, the notice is sent and must not be sent again by a later dispatch.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update OutboxNotice n
         set n.status = org.coproduce.notification.NoticeStatus.SENT, n.sentAt = :now, n.lastError = null,
             n.claimedBy = null, n.claimedUntil = null
       where n.id = :id and n.status = org.coproduce.notification.NoticeStatus.PENDING""")
  int markSent(@Param("id") UUID id, @Param("now") Instant now);

  /** Records why a send failed and releases the notice, unless another dispatch has taken it over. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update OutboxNotice n
         set n.lastError = :error, n.claimedBy = null, n.claimedUntil = null
       where n.id = :id and n.claimedBy = :token""")
  int markFailed(@Param("id") UUID id, @Param("token") String token, @Param("error") String error);
}
