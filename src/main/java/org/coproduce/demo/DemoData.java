package org.coproduce.demo;

import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data set once (the {@code admin} login marks it as loaded). Every demo password
 * equals the user id; enabled only by the {@code demo} profile.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "coproduce.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final IdentityDirectory identities;

  DemoData(IdentityDirectory identities) {
    this.identities = identities;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (identities.userExists("admin")) {
      log.info("Demo data already loaded");
      return;
    }
    user("admin", "Ada", "Admin", Roles.ADMINISTRATORS);
    user("officer", "Olu", "Officer", Roles.COMMISSIONING_OFFICERS, Roles.OFFICIALS);
    user("finance", "Fran", "Finance", Roles.FINANCE, Roles.OFFICIALS);
    user("approver", "Abe", "Approver", Roles.APPROVERS, Roles.SENIOR_APPROVERS, Roles.OFFICIALS);
    user("official1", "Opal", "One", Roles.OFFICIALS);
    user("official2", "Otto", "Two", Roles.OFFICIALS);
    for (int i = 1; i <= 6; i++) {
      user("citizen" + i, "Citizen", String.valueOf(i), Roles.CITIZENS);
    }
    for (int i = 1; i <= 3; i++) {
      user("supplier" + i, "Supplier", String.valueOf(i), Roles.SUPPLIERS);
    }
    log.info("Demo data loaded: log in as admin/admin, officer/officer, citizen1/citizen1, ...");
  }

  private void user(String id, String first, String last, String... groups) {
    identities.ensureUser(id, first, last, id + "@demo.coproduce.org", id);
    for (String group : groups) {
      identities.addToGroup(id, group);
    }
  }
}
