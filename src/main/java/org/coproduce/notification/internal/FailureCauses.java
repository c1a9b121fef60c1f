package org.coproduce.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * A one-line account of why a send failed, for an operator: the mail library's own words and the
 * root cause ("Couldn't connect to host, port: smtp.city, 25; timeout 5000 (ConnectException:
 * Connection refused)", "550 5.1.1 mailbox unavailable"), without Spring's wrapping or a stack trace.
 */
final class FailureCauses {

  private FailureCauses() {
  }

  static String describe(Throwable failure, int maxLength) {
    Throwable start = failure;
    // JavaMailSenderImpl reports per-message failures inside the exception, not as its cause.
    if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
      start = send.getMessageExceptions()[0];
    }
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = start; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    // Our own preparation errors say it best; otherwise skip Spring's generic wrappers.
    Throwable first = start instanceof MailPreparationException ? start
        : chain.stream().filter(t -> !t.getClass().getName().startsWith("org.springframework."))
            .filter(t -> t.getMessage() != null).findFirst().orElse(start);
    Throwable root = chain.get(chain.size() - 1);
    String text = message(first);
    if (root != first && !text.contains(message(root))) {
      text += " (" + root.getClass().getSimpleName() + ": " + message(root) + ")";
    }
    text = text.replaceAll("\\s+", " ").trim();
    return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
