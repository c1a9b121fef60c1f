/**
 * Notifications: the e-mail outbox. Notices are written in the transaction of the decision they
 * announce and sent over SMTP afterwards, each marked sent as soon as the mail server accepted it
 * (docs/adr/0005-notification-outbox.md). Composes the award decision notices to bidders.
 */
@ApplicationModule(displayName = "Notifications")
package org.coproduce.notification;

import org.springframework.modulith.ApplicationModule;
