package org.coproduce.process.internal;

import java.util.Set;
import org.coproduce.panel.AccountDirectory;
import org.coproduce.process.IdentityDirectory;
import org.springframework.stereotype.Component;

/** Answers the panel module's questions about logins from the Camunda identity service. */
@Component
class PanelAccountDirectory implements AccountDirectory {

  private final IdentityDirectory identities;

  PanelAccountDirectory(IdentityDirectory identities) {
    this.identities = identities;
  }

  @Override
  public Set<String> groupsOf(String userId) {
    return identities.groupsOf(userId);
  }

  @Override
  public boolean exists(String userId) {
    return identities.userExists(userId);
  }
}
