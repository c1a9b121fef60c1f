package org.coproduce.process.internal;

import static org.coproduce.process.ProcessVariables.TENDER_ID;

import org.camunda.bpm.engine.RuntimeService;
import org.coproduce.award.ChallengeLodged;
import org.coproduce.process.ProcessVariables.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A challenge lodged during the standstill suspends the award: the TenderProcess waiting in its
 * standstill receives {@code ChallengeReceived}, in the same transaction as the challenge. When the
 * process is already reviewing a challenge, the new one is decided by that same review.
 */
@Component
class ChallengeCorrelation {

  private static final Logger log = LoggerFactory.getLogger(ChallengeCorrelation.class);

  private final RuntimeService runtime;

  ChallengeCorrelation(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(ChallengeLodged event) {
    int correlated = runtime.createMessageCorrelation(Messages.CHALLENGE_RECEIVED)
        .processInstanceVariableEquals(TENDER_ID, event.tenderId().toString())
        .correlateAllWithResult().size();
    if (correlated == 0) {
      log.info("Challenge {} on tender {} joins the review already under way", event.challengeId(), event.tenderId());
    }
  }
}
