package org.coproduce.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox ({@code coproduce.notification.*}); the SMTP server itself is Spring's
 * {@code spring.mail.*}.
 *
 * @param from the sender address of every notice; its domain also names the Message-IDs
 * @param fromName the sender's display name
 * @param publicBaseUrl the public address of this installation, for the links in notices
 * @param claimTimeout how long a dispatch holds a notice it is sending; a notice held by a node that
 *     crashed is taken over after this. Longer than one SMTP conversation can last (see the
 *     {@code spring.mail.properties.mail.smtp.*timeout} settings)
 */
@ConfigurationProperties("coproduce.notification")
public record NotificationProperties(
    @DefaultValue("noreply@coproduce.local") String from,
    @DefaultValue("Coproduce") String fromName,
    @DefaultValue("http://localhost:8080") String publicBaseUrl,
    @DefaultValue("PT2M") Duration claimTimeout) {

  public NotificationProperties {
    if (from == null || !from.matches("[^@\\s]+@[A-Za-z0-9.-]+")) {
      throw new IllegalArgumentException("coproduce.notification.from must be an e-mail address, got " + from);
    }
    if (claimTimeout == null || claimTimeout.compareTo(Duration.ofSeconds(30)) < 0) {
      throw new IllegalArgumentException(
          "coproduce.notification.claim-timeout must be at least 30 seconds, got " + claimTimeout);
    }
    publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.replaceAll("/+$", "");
  }

  /** The domain of the sender address, the right-hand side of every Message-ID. */
  public String domain() {
    return from.substring(from.indexOf('@') + 1);
  }
}
