package org.coproduce.process.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of an installation, created once when none exists
 * ({@code COPRODUCE_ADMIN_ID}, {@code COPRODUCE_ADMIN_PASSWORD}). Outside the demo profile there is
 * no default account: start-up stops when these are missing and no administrator exists yet.
 */
@ConfigurationProperties("coproduce.admin")
record AdministratorProperties(String id, String password) {

  boolean complete() {
    return id != null && !id.isBlank() && password != null && !password.isBlank();
  }
}
