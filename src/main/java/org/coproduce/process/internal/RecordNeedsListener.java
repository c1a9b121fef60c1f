package org.coproduce.process.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coproduce.codesign.NeedsService;
import org.coproduce.process.ProcessVariables.Form;
import org.springframework.stereotype.Component;

/** A member's needs and priorities, stored under their name. */
@Component
class RecordNeedsListener implements TaskListener {

  private final NeedsService needs;

  RecordNeedsListener(NeedsService needs) {
    this.needs = needs;
  }

  @Override
  public void notify(DelegateTask task) {
    needs.recordNeeds(TaskVariables.caseRef(task), TaskVariables.actor(task), TaskVariables.string(task, Form.NEEDS),
        TaskVariables.string(task, Form.PRIORITIES));
  }
}
