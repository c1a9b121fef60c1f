package org.coproduce.process.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.codesign.NeedsService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** The chair's consolidated needs assessment, stored as a new version. */
@Component
class ConsolidateNeedsListener implements TaskListener {

  private final NeedsService needs;

  ConsolidateNeedsListener(NeedsService needs) {
    this.needs = needs;
  }

  @Override
  public void notify(DelegateTask task) {
    needs.consolidate(TaskVariables.caseRef(task), TaskVariables.actor(task), TaskVariables.string(task, Form.ASSESSMENT));
  }
}
