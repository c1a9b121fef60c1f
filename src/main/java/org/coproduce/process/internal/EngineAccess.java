package org.coproduce.process.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.task.TaskQuery;
import org.coproduce.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * Writes engine authorizations and Tasklist filters, idempotently: running it again with the same
 * input changes nothing, so start-up and every panel change can call it.
 */
@Component
class EngineAccess {

  /** Filter property that marks filters Coproduce manages, with a stable key. */
  static final String KEY_PROPERTY = "coproduceKey";

  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  EngineAccess(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  /** Grants the group the permissions on one resource (one grant row per group and resource, as the engine requires). */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).singleResult();
    boolean changed = false;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  /** A task filter over one candidate group's tasks (claimed ones included), readable by the given groups. */
  Filter ensureCandidateGroupFilter(String key, String name, String candidateGroup, int priority,
      Collection<String> readers) {
    return ensureFilter(key, name, tasks.createTaskQuery().taskCandidateGroup(candidateGroup).includeAssignedTasks(),
        "Tasks of " + candidateGroup, priority, readers);
  }

  /**
   * A panel's filter: the tasks of the case's processes (business key = case reference; the call
   * activities pass it on), which covers the panel group's tasks and each member's own votes and
   * declarations; authorizations decide which of them each reader sees. One indexed condition on
   * purpose: "candidate group OR business key" made PostgreSQL scan every open task (0.5 s with
   * 100,000 open tasks; docs/benchmarks.md), this takes about 10 ms.
   */
  Filter ensurePanelFilter(String key, String name, String caseRef, Collection<String> readers) {
    return ensureFilter(key, name, panelQuery(caseRef), "Tasks of case " + caseRef, 0, readers);
  }

  private TaskQuery panelQuery(String caseRef) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseRef);
  }

  /**
   * Brings the queries of existing panel filters up to date (installations whose filters an earlier
   * version wrote); returns how many changed.
   */
  int refreshPanelFilters() {
    int changed = 0;
    for (Filter filter : filters.createTaskFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(KEY_PROPERTY);
      if (key instanceof String k && k.startsWith(Roles.PANEL_GROUP_PREFIX)
          && updateQuery(filter, panelQuery(k.substring(Roles.PANEL_GROUP_PREFIX.length())))) {
        filters.saveFilter(filter);
        changed++;
      }
    }
    return changed;
  }

  /** Sets the filter's query if it differs from the stored one; whether it did. */
  private static boolean updateQuery(Filter filter, TaskQuery query) {
    FilterEntity wanted = new FilterEntity(EntityTypes.TASK);
    wanted.setQuery(query);
    if (wanted.getQueryInternal().equals(((FilterEntity) filter).getQueryInternal())) {
      return false;
    }
    filter.setQuery(query);
    return true;
  }

  /** The "My tasks" filter: tasks assigned to whoever looks at it. */
  Filter ensureMyTasksFilter(Collection<String> readers) {
    return ensureFilter("my-tasks", "My tasks", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        "Tasks assigned to me", -10, readers);
  }

  private Filter ensureFilter(String key, String name, TaskQuery query, String description, int priority,
      Collection<String> readers) {
    Filter filter = filters.createTaskFilterQuery().list().stream()
        .filter(f -> key.equals(f.getProperties() == null ? null : f.getProperties().get(KEY_PROPERTY)))
        .findFirst().orElse(null);
    if (filter == null) {
      filter = filters.newTaskFilter(name);
      filter.setQuery(query);
      Map<String, Object> properties = new HashMap<>();
      properties.put(KEY_PROPERTY, key);
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      filter.setProperties(properties);
      filter = filters.saveFilter(filter);
    } else {
      boolean changed = updateQuery(filter, query);
      if (!name.equals(filter.getName())) {
        filter.setName(name);
        changed = true;
      }
      if (changed) {
        filter = filters.saveFilter(filter);
      }
    }
    for (String reader : readers) {
      grant(reader, Resources.FILTER, filter.getId(), Permissions.READ);
    }
    return filter;
  }
}
