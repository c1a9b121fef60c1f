package org.coproduce.process.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.panel.PanelService;
import org.coproduce.process.ProcessVariables.Form;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;

/** A member's declaration on the case; a declared conflict hands the seat to an alternate. */
@Component
class DeclareConflictListener implements TaskListener {

  private final PanelService panels;

  DeclareConflictListener(PanelService panels) {
    this.panels = panels;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseRef = TaskVariables.caseRef(task);
    String member = TaskVariables.actor(task);
    boolean conflict = TaskVariables.flag(task, Form.HAS_CONFLICT);
    String details = TaskVariables.string(task, Form.CONFLICT_DETAILS);
    if (conflict && (details == null || details.isBlank())) {
      throw new BusinessRuleViolation("declaration.details-required", "Describe the conflict you declare.");
    }
    panels.declareConflict(caseRef, member, null, conflict, details);
    if (conflict) {
      panels.replaceWithAlternate(caseRef, member, "declared conflict: " + details, member);
    }
  }
}
