package org.coproduce.process.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.DeclarationView;
import org.coproduce.panel.PanelService;
import org.springframework.stereotype.Component;

/**
 * What the BPMN asks about a case's panel in expressions ({@code #{panelRoster.memberIds(caseRef)}}):
 * who gets a multi-instance task, who the chair is. The answers come from the panel tables, so
 * no member list is ever copied into process variables.
 */
@Component("panelRoster")
public class PanelRosterExpressions {

  private final PanelService panels;

  PanelRosterExpressions(PanelService panels) {
    this.panels = panels;
  }

  public List<String> memberIds(String caseRef) {
    return panels.activeMembers(caseRef).stream().map(ActiveMember::userId).toList();
  }

  /** Active members who have not declared on the case yet (everyone at first, then alternates who joined). */
  public List<String> membersToDeclare(String caseRef) {
    Set<String> declared = panels.declarations(caseRef).stream().filter(d -> d.bidderId() == null)
        .map(DeclarationView::memberUserId).collect(Collectors.toSet());
    return memberIds(caseRef).stream().filter(id -> !declared.contains(id)).toList();
  }

  public String chair(String caseRef) {
    return panels.activeMembers(caseRef).stream().filter(ActiveMember::chair).map(ActiveMember::userId)
        .findFirst().orElseThrow(() -> new IllegalStateException("The panel of case " + caseRef + " has no chair"));
  }
}
