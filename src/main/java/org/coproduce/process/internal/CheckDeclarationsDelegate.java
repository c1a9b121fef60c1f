package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.ALL_MEMBERS_DECLARED;
import static org.coproduce.process.ProcessVariables.CASE_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets whether every active member has declared (alternates who took a seat must still declare). */
@Component
class CheckDeclarationsDelegate implements JavaDelegate {

  private final PanelRosterExpressions roster;

  CheckDeclarationsDelegate(PanelRosterExpressions roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ALL_MEMBERS_DECLARED,
        roster.membersToDeclare((String) execution.getVariable(CASE_REF)).isEmpty());
  }
}
