package org.coproduce.process.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes every installation identical in who-may-do-what, on each start: the role groups exist and
 * hold their application rights, and there is an administrator. Idempotent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityDirectory identities;
  private final AuthorizationService authorizations;
  private final AdministratorProperties admin;
  private final Environment environment;

  IdentityBootstrap(IdentityDirectory identities, AuthorizationService authorizations,
      AdministratorProperties admin, Environment environment) {
    this.identities = identities;
    this.authorizations = authorizations;
    this.admin = admin;
    this.environment = environment;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    ensureRoleGroups();
    ensureAdministrator();
  }

  private void ensureRoleGroups() {
    identities.ensureGroup(Roles.OFFICIALS, "Officials", "WORKFLOW");
    identities.ensureGroup(Roles.CITIZENS, "Citizens", "WORKFLOW");
    identities.ensureGroup(Roles.COMMISSIONING_OFFICERS, "Commissioning officers", "WORKFLOW");
    identities.ensureGroup(Roles.FINANCE, "Finance officers", "WORKFLOW");
    identities.ensureGroup(Roles.APPROVERS, "Approvers", "WORKFLOW");
    identities.ensureGroup(Roles.SENIOR_APPROVERS, "Senior approvers", "WORKFLOW");
    identities.ensureGroup(Roles.COUNCIL_COMMITTEE, "Council committee", "WORKFLOW");
    identities.ensureGroup(Roles.SUPPLIERS, "Suppliers", "WORKFLOW");
    identities.ensureGroup(Roles.ADMINISTRATORS, "Administrators", "SYSTEM");
    // Engine queries are filtered by authorizations even for camunda-admin, so administrators
    // hold every permission on every resource explicitly (as Camunda's own initial setup does).
    for (Resources resource : Resources.values()) {
      grant(Roles.ADMINISTRATORS, resource, Authorization.ANY, Permissions.ALL);
    }
    // Panel work happens in Tasklist; suppliers and the public never get a webapp.
    for (String group : new String[] {Roles.OFFICIALS, Roles.CITIZENS, Roles.COMMISSIONING_OFFICERS,
        Roles.FINANCE, Roles.APPROVERS, Roles.SENIOR_APPROVERS, Roles.COUNCIL_COMMITTEE}) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
  }

  private void ensureAdministrator() {
    if (!identities.membersOf(Roles.ADMINISTRATORS).isEmpty()) {
      return;
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return; // the demo data set creates its own administrator
    }
    if (!admin.complete()) {
      throw new IllegalStateException("No administrator exists yet. Set COPRODUCE_ADMIN_ID and "
          + "COPRODUCE_ADMIN_PASSWORD to create the first one; there is no default account.");
    }
    identities.ensureUser(admin.id(), "Administrator", admin.id(), null, admin.password());
    identities.addToGroup(admin.id(), Roles.ADMINISTRATORS);
    log.info("Created the first administrator '{}'", admin.id());
  }

  private void grant(String groupId, Resources resource, String resourceId,
      org.camunda.bpm.engine.authorization.Permission permission) {
    boolean present = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
    if (!present) {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizations.saveAuthorization(authorization);
    }
  }
}
