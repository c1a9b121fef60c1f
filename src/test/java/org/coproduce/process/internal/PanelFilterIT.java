package org.coproduce.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A panel's Tasklist filter lists the tasks of its case's processes, and filters written by an
 * earlier version (candidate group OR business key, slow with many open tasks) are rewritten at
 * start-up.
 */
@PostgresIntegrationTest
class PanelFilterIT {

  @Autowired EngineAccess access;
  @Autowired FilterService filters;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;

  @Test
  void listsTheCasesTasksAndRewritesAnOldQueryOnce() {
    repository.createDeployment().name("panel-filter-test").addClasspathResource("panel/PanelTaskTestProcess.bpmn")
        .deploy();
    String ours = task("PF-2026-001", "panel-PF-2026-001");
    String othersOfferedToUs = task("PF-2026-002", "panel-PF-2026-001");
    String elsewhere = task("PF-2026-003", "panel-PF-2026-003");

    Filter filter = access.ensurePanelFilter("panel-PF-2026-001", "Panel: Filter test", "PF-2026-001", java.util.List.of(
        "panel-PF-2026-001"));
    assertThat(ids(filter.getId())).containsExactly(ours);
    assertThat(ids(filter.getId())).doesNotContain(othersOfferedToUs, elsewhere);

    // An installation whose filter still has the earlier query.
    filter.setQuery(tasks.createTaskQuery().or().taskCandidateGroup("panel-PF-2026-001").includeAssignedTasks()
        .processInstanceBusinessKey("PF-2026-001").endOr());
    filters.saveFilter(filter);
    assertThat(ids(filter.getId())).contains(ours, othersOfferedToUs);

    assertThat(access.refreshPanelFilters()).isGreaterThanOrEqualTo(1);
    assertThat(ids(filter.getId())).containsExactly(ours);
    assertThat(access.refreshPanelFilters()).as("nothing left to rewrite").isZero();
  }

  private String task(String caseRef, String group) {
    String instance = runtime.startProcessInstanceByKey("PanelTaskTestProcess", caseRef,
        Map.of("panelGroup", group, "secret", "none")).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private java.util.List<String> ids(String filterId) {
    return filters.<Task>list(filterId).stream().map(Task::getId).toList();
  }
}
