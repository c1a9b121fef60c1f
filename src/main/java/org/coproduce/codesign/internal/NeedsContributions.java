package org.coproduce.codesign.internal;

import java.util.List;
import java.util.Optional;
import org.coproduce.codesign.NeedsContribution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedsContributions extends JpaRepository<NeedsContribution, Long> {

  Optional<NeedsContribution> findByCaseRefAndMemberId(String caseRef, String memberId);

  List<NeedsContribution> findByCaseRefOrderBySubmittedAt(String caseRef);
}
