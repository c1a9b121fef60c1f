package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.OFFICER_ID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.commissioning.CaseService;
import org.springframework.stereotype.Component;

/**
 * Segregation of duties on the budget check, enforced by the engine and not only by group
 * membership: the case's own officer gets a revoke authorization on the task (so it is hidden from
 * them even if they are also in {@code finance}), and may neither be assigned nor complete it.
 */
@Component
class FinanceSegregationListener implements TaskListener {

  private final CaseService cases;

  FinanceSegregationListener(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    String officer = (String) task.getVariable(OFFICER_ID);
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> revoke(task, officer);
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          cases.requireNotCaseOfficer(TaskVariables.caseRef(task), task.getAssignee(), "check its budget");
        }
      }
      case EVENTNAME_COMPLETE ->
          cases.requireNotCaseOfficer(TaskVariables.caseRef(task), TaskVariables.actor(task), "check its budget");
      default -> {
      }
    }
  }

  private static void revoke(DelegateTask task, String officer) {
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(officer);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(task.getId());
    revoke.removePermission(Permissions.ALL);
    authorizations.saveAuthorization(revoke);
  }
}
