package org.coproduce.process.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelAccount;
import org.coproduce.panel.PanelMembershipChanged;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the Camunda group {@code panel-<caseRef>} equal to the panel. Runs synchronously inside the
 * transaction that changed the panel (a plain {@code @EventListener}, not an after-commit one), so a
 * rollback undoes the domain change and the group change together.
 */
@Component
class PanelGroupSync {

  private static final Logger log = LoggerFactory.getLogger(PanelGroupSync.class);
  private static final SecureRandom PASSWORDS = new SecureRandom();

  private final IdentityDirectory identities;
  private final EngineAccess access;
  private final boolean demo;

  PanelGroupSync(IdentityDirectory identities, EngineAccess access,
      @Value("${coproduce.demo.enabled:false}") boolean demo) {
    this.identities = identities;
    this.access = access;
    this.demo = demo;
  }

  @EventListener
  void on(PanelMembershipChanged change) {
    String group = Roles.panelGroup(change.caseRef());
    String name = "Panel: " + change.caseTitle();
    identities.ensureGroup(group, name, "WORKFLOW");
    for (PanelAccount account : change.activeMembers()) {
      ensureAccount(account);
      identities.addToGroup(account.userId(), account.kind() == MemberKind.CITIZEN ? Roles.CITIZENS : Roles.OFFICIALS);
      identities.addToGroup(account.userId(), group);
    }
    Set<String> active = change.activeMembers().stream().map(PanelAccount::userId).collect(Collectors.toSet());
    for (String member : identities.membersOf(group)) {
      if (!active.contains(member)) {
        identities.removeFromGroup(member, group);
      }
    }
    access.ensurePanelFilter(group, name, change.caseRef(), List.of(group));
  }

  private void ensureAccount(PanelAccount account) {
    boolean exists = identities.userExists(account.userId());
    if (account.newAccount() && exists) {
      // Never hand a volunteer somebody else's existing account.
      throw new IllegalStateException("The login " + account.userId() + " already exists; it cannot be given to "
          + "a new panel member");
    }
    if (!exists) {
      // A random password nobody knows: an administrator sets the first one in Admin and hands it
      // over with the invitation (README, "Panel logins"). Nothing is e-mailed from here.
      // In the demo, as for every demo login, the password is the user id, so a newcomer can work
      // the tasks of whoever the draw seated.
      identities.ensureUser(account.userId(), account.firstName(), account.lastName(), account.email(),
          demo ? account.userId() : randomPassword());
      log.info("Created the login {} for a new panel member; invitation pending (an administrator sets the first "
          + "password in Admin)", account.userId());
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    PASSWORDS.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
