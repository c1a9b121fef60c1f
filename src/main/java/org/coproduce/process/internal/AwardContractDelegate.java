package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.CONTRACT_AWARDED;
import static org.coproduce.process.ProcessVariables.TENDER_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coproduce.award.AwardService;
import org.springframework.stereotype.Component;

/** Awards the contract once the standstill is over (refused otherwise) and reports it to the case. */
@Component
class AwardContractDelegate implements JavaDelegate {

  private final AwardService awards;

  AwardContractDelegate(AwardService awards) {
    this.awards = awards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    awards.awardContract(UUID.fromString((String) execution.getVariable(TENDER_ID)), "system");
    execution.setVariable(CONTRACT_AWARDED, true);
  }
}
