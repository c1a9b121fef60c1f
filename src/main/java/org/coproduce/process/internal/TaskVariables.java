package org.coproduce.process.internal;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reads form values and the acting person in task listeners, the same way everywhere. */
final class TaskVariables {

  private TaskVariables() {
  }

  /**
   * Who completes (or claims) the task: the authenticated user of the request (Tasklist, engine
   * REST), or the assignee when the engine acts without a user (tests, jobs).
   */
  static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    throw new IllegalStateException("Task " + task.getId() + " was completed without a user");
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString().trim());
  }

  static BigDecimal decimal(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return new BigDecimal(value.toString().trim());
  }

  static String caseRef(VariableScope scope) {
    return (String) scope.getVariable(org.coproduce.process.ProcessVariables.CASE_REF);
  }
}
