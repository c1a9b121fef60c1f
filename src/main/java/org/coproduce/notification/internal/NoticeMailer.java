package org.coproduce.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import org.coproduce.notification.NotificationProperties;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Turns one notice into a plain-text UTF-8 e-mail and hands it to the SMTP server. */
@Component
class NoticeMailer {

  /** One notice as it goes out. */
  record Outgoing(String recipientEmail, String subject, String body, String messageId) {
  }

  private final JavaMailSender sender;
  private final InternetAddress from;

  NoticeMailer(JavaMailSender sender, NotificationProperties properties) {
    this.sender = sender;
    try {
      this.from = new InternetAddress(properties.from(), properties.fromName(), "UTF-8");
      this.from.validate();
    } catch (UnsupportedEncodingException | MessagingException e) {
      throw new IllegalArgumentException("coproduce.notification.from is not a usable address: " + properties.from(), e);
    }
  }

  /** Returns when the SMTP server has accepted the message; throws when it did not. */
  void send(Outgoing notice, Instant now) {
    InternetAddress to;
    try {
      // Strict parsing: a malformed address fails this notice here, with a clear reason, instead of
      // being guessed at. The address itself is not repeated: the reason ends up in logs and incidents.
      to = new InternetAddress(notice.recipientEmail(), true);
      to.validate();
    } catch (AddressException e) {
      throw new MailPreparationException("Invalid recipient address (" + e.getMessage() + ")", e);
    }
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(notice.subject());
      helper.setText(notice.body(), false);
      helper.setSentDate(Date.from(now));
      // Spring keeps an explicitly set Message-ID when it saves the message (JavaMailSenderImpl).
      message.setHeader("Message-ID", notice.messageId());
      // RFC 3834: an automatic message; auto-responders should not answer it.
      message.setHeader("Auto-Submitted", "auto-generated");
    } catch (MessagingException e) {
      throw new MailPreparationException("Could not compose the message: " + e.getMessage(), e);
    }
    sender.send(message);
  }
}
