package org.coproduce.process.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Spares every engine command a scan of the whole authorization table.
 *
 * <p>Before an authorization check, Camunda 7.24 narrows the caller's groups to those that appear
 * in some authorization, and finds those with {@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION}, once per command. With authorization enabled, every open task offered to
 * a panel or role group has its own authorization row, so that statement reads one row per open
 * task: about 20 ms per command, several commands per request, with 100,000 open tasks
 * (docs/benchmarks.md). The narrowing changes no result (a group without authorizations matches
 * no authorization row), so this manager skips it and checks with the caller's groups as they are.
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UnfilteredGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's authorization manager without the per-command scan for groups with authorizations. */
  static class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return List.of();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
