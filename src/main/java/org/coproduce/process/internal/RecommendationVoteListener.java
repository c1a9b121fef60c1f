package org.coproduce.process.internal;

import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.process.ProcessVariables;
import org.springframework.stereotype.Component;

/** Votes on the recommendation of the evaluation round in {@code evaluationRound}. */
@Component
class RecommendationVoteListener extends PanelVoteListener {

  RecommendationVoteListener(PanelVoting voting) {
    super(voting, VoteSubject.RECOMMENDATION, ProcessVariables.EVALUATION_ROUND);
  }
}
