package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.PANEL_CONFIRMED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.panel.PanelService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** The officer confirms the drawn panel, or discards it so that it is drawn again. */
@Component
class ConfirmPanelListener implements TaskListener {

  private final PanelService panels;

  ConfirmPanelListener(PanelService panels) {
    this.panels = panels;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseRef = TaskVariables.caseRef(task);
    String decision = TaskVariables.string(task, Form.PANEL_DECISION);
    boolean confirm = "confirm".equals(decision);
    if (confirm) {
      panels.confirm(caseRef, TaskVariables.actor(task));
    } else if (!"redraw".equals(decision)) {
      throw new IllegalArgumentException("Choose whether to confirm the panel or to draw again.");
    }
    task.getExecution().getProcessInstance().setVariable(PANEL_CONFIRMED, confirm);
  }
}
