package org.coproduce.process.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.process.ProcessVariables.Form;

/** A member's approve/object vote with its comment, on the version the task was created for. */
abstract class PanelVoteListener implements org.camunda.bpm.engine.delegate.TaskListener {

  private final PanelVoting voting;
  private final VoteSubject subject;
  private final String versionVariable;

  PanelVoteListener(PanelVoting voting, VoteSubject subject, String versionVariable) {
    this.voting = voting;
    this.subject = subject;
    this.versionVariable = versionVariable;
  }

  @Override
  public void notify(DelegateTask task) {
    String vote = TaskVariables.string(task, Form.VOTE);
    if (!"approve".equals(vote) && !"object".equals(vote)) {
      throw new IllegalArgumentException("Choose approve or object.");
    }
    voting.cast(TaskVariables.caseRef(task), subject, TaskVariables.integer(task, versionVariable),
        TaskVariables.actor(task), "approve".equals(vote), TaskVariables.string(task, Form.COMMENT));
  }
}
