package org.coproduce.process.internal;

import java.util.List;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.coproduce.shared.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may work what in Tasklist, granted at every start (idempotently), after the role groups exist.
 *
 * <p>Tasks themselves need no grant here: when a task gets a candidate group, the engine's
 * DefaultAuthorizationProvider grants that group READ and UPDATE on that task (and
 * HISTORIC_TASK READ where historic permissions are on). So a panel group or a role queue sees,
 * claims and completes exactly the tasks offered to it, and nothing else. On top of that:
 * <ul>
 *   <li>READ on process definitions for every Tasklist group, so Tasklist can show process names
 *       and deployed forms (process models are public anyway); no READ_TASK or READ_INSTANCE,
 *       which would open every instance's tasks and variables;
 *   <li>commissioning officers may start {@value #COMMISSIONING_PROCESS} from Tasklist
 *       (CREATE_INSTANCE on that definition, CREATE on process instances);
 *   <li>one filter per role queue and "My tasks", readable by the groups concerned. Panel filters
 *       are created when a panel is formed ({@link PanelGroupSync}).
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TaskAccessBootstrap implements ApplicationRunner {

  static final String COMMISSIONING_PROCESS = "CommissioningProcess";
  static final List<String> TASKLIST_GROUPS = List.of(Roles.CITIZENS, Roles.OFFICIALS, Roles.COMMISSIONING_OFFICERS,
      Roles.FINANCE, Roles.APPROVERS, Roles.SENIOR_APPROVERS, Roles.COUNCIL_COMMITTEE);

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TaskAccessBootstrap.class);

  private final EngineAccess access;

  TaskAccessBootstrap(EngineAccess access) {
    this.access = access;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String group : TASKLIST_GROUPS) {
      access.grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
    }
    access.grant(Roles.COMMISSIONING_OFFICERS, Resources.PROCESS_DEFINITION, COMMISSIONING_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    access.grant(Roles.COMMISSIONING_OFFICERS, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);

    access.ensureMyTasksFilter(TASKLIST_GROUPS);
    access.ensureCandidateGroupFilter("queue-" + Roles.COMMISSIONING_OFFICERS, "Queue: Commissioning officers",
        Roles.COMMISSIONING_OFFICERS, 10, List.of(Roles.COMMISSIONING_OFFICERS));
    access.ensureCandidateGroupFilter("queue-" + Roles.FINANCE, "Queue: Finance", Roles.FINANCE, 11,
        List.of(Roles.FINANCE));
    access.ensureCandidateGroupFilter("queue-" + Roles.APPROVERS, "Queue: Approvers", Roles.APPROVERS, 12,
        List.of(Roles.APPROVERS));
    access.ensureCandidateGroupFilter("queue-" + Roles.SENIOR_APPROVERS, "Queue: Senior approvers",
        Roles.SENIOR_APPROVERS, 13, List.of(Roles.SENIOR_APPROVERS));
    access.ensureCandidateGroupFilter("queue-" + Roles.COUNCIL_COMMITTEE, "Queue: Council committee",
        Roles.COUNCIL_COMMITTEE, 14, List.of(Roles.COUNCIL_COMMITTEE));
    int refreshed = access.refreshPanelFilters();
    if (refreshed > 0) {
      log.info("Updated the query of {} panel filter(s) written by an earlier version", refreshed);
    }
  }
}
