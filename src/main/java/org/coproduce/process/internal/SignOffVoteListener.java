package org.coproduce.process.internal;

import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.process.ProcessVariables;
import org.springframework.stereotype.Component;

/** Signs off (or asks for changes to) the tender documents version in {@code tenderDocumentVersion}. */
@Component
class SignOffVoteListener extends PanelVoteListener {

  SignOffVoteListener(PanelVoting voting) {
    super(voting, VoteSubject.TENDER_DOCUMENTS, ProcessVariables.TENDER_DOCUMENT_VERSION);
  }
}
