package org.coproduce.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine checks authorizations with the caller's groups as they are, with the same answers. */
@PostgresIntegrationTest
class AuthorizedGroupsPluginIT {

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;

  @Test
  void theEngineUsesTheManagerWithoutTheGroupScan() {
    Object manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizedGroupsPlugin.UnfilteredGroupsAuthorizationManager.class);
  }

  @Test
  void aGrantToOneOfTheCallersGroupsStillDecidesAndOtherGroupsGrantNothing() {
    String task = UUID.randomUUID().toString();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("agp-granted");
    grant.setResource(Resources.TASK);
    grant.setResourceId(task);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);

    assertThat(authorizations.isUserAuthorized("agp-user", List.of("agp-no-grants", "agp-granted"),
        Permissions.READ, Resources.TASK, task)).isTrue();
    assertThat(authorizations.isUserAuthorized("agp-user", List.of("agp-no-grants"), Permissions.READ,
        Resources.TASK, task)).isFalse();
    assertThat(authorizations.isUserAuthorized("agp-user", List.of("agp-granted"), Permissions.UPDATE,
        Resources.TASK, task)).isFalse();
  }
}
