package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CASE_REF;
import static org.coproduce.process.ProcessVariables.OFFICER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.commissioning.CaseService;
import org.coproduce.panel.PanelService;
import org.springframework.stereotype.Component;

/** Draws the case's panel (first draw, or a redraw the officer asked for). */
@Component
class DrawPanelDelegate implements JavaDelegate {

  private final PanelService panels;
  private final CaseService cases;

  DrawPanelDelegate(PanelService panels, CaseService cases) {
    this.panels = panels;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseRef = (String) execution.getVariable(CASE_REF);
    String officer = (String) execution.getVariable(OFFICER_ID);
    panels.draw(caseRef, cases.get(caseRef).getTitle(), officer);
  }
}
