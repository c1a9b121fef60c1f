package org.coproduce.notification.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coproduce.notification.NoticeStatus;
import org.coproduce.notification.NoticeView;
import org.coproduce.notification.Notifications;
import org.coproduce.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the outbox stands, for administrators: which notices are pending, how often they were
 * tried and why they failed. Never their text.
 */
@RestController
@Validated
@PreAuthorize("hasAuthority('" + Roles.ADMINISTRATORS + "')")
class NotificationController {

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/api/notifications")
  List<NoticeView> list(@RequestParam(required = false) NoticeStatus status,
      @RequestParam(required = false) @Size(max = 200) String batch,
      @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
    if (batch != null) {
      return notifications.batch(batch).stream().filter(n -> status == null || n.status() == status)
          .limit(limit).toList();
    }
    return notifications.list(status, limit);
  }
}
