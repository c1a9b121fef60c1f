package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.OFFICER_ID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.commissioning.CaseService;

/**
 * Segregation of duties on a task, enforced by the engine and not only by group membership: the
 * case's own officer gets a revoke authorization on the task (so it is hidden from them even if
 * they belong to the candidate group), and may neither be assigned nor complete it.
 */
abstract class CaseOfficerExcludedListener implements TaskListener {

  private final CaseService cases;
  private final String what;

  CaseOfficerExcludedListener(CaseService cases, String what) {
    this.cases = cases;
    this.what = what;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> revoke(task, (String) task.getVariable(OFFICER_ID));
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          cases.requireNotCaseOfficer(TaskVariables.caseRef(task), task.getAssignee(), what);
        }
      }
      case EVENTNAME_COMPLETE -> cases.requireNotCaseOfficer(TaskVariables.caseRef(task), TaskVariables.actor(task), what);
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
