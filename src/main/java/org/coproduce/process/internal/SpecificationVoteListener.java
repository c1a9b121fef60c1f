package org.coproduce.process.internal;

import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.process.ProcessVariables;
import org.springframework.stereotype.Component;

/** Votes on the specification version in {@code specVersion}. */
@Component
class SpecificationVoteListener extends PanelVoteListener {

  SpecificationVoteListener(PanelVoting voting) {
    super(voting, VoteSubject.SPECIFICATION, ProcessVariables.SPEC_VERSION);
  }
}
