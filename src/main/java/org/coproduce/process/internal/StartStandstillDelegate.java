package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.award.AwardService;
import org.springframework.stereotype.Component;

/** Starts the standstill; its end (from configuration) is what the timer waits for. */
@Component
class StartStandstillDelegate implements JavaDelegate {

  private final AwardService awards;

  StartStandstillDelegate(AwardService awards) {
    this.awards = awards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    awards.startStandstill(UUID.fromString((String) execution.getVariable(TENDER_ID)));
  }
}
