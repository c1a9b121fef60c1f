package org.coproduce.codesign.internal;

import java.util.List;
import org.coproduce.codesign.PanelVote;
import org.coproduce.codesign.VoteSubject;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelVotes extends JpaRepository<PanelVote, Long> {

  List<PanelVote> findByCaseRefAndSubjectAndSubjectVersionOrderByCastAt(String caseRef, VoteSubject subject,
      int subjectVersion);

  boolean existsByCaseRefAndSubjectAndSubjectVersionAndMemberId(String caseRef, VoteSubject subject,
      int subjectVersion, String memberId);

  List<PanelVote> findByCaseRefOrderByCastAt(String caseRef);
}
