package org.coproduce.codesign.internal;

import java.util.List;
import java.util.Optional;
import org.coproduce.codesign.NeedsAssessment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedsAssessments extends JpaRepository<NeedsAssessment, Long> {

  Optional<NeedsAssessment> findFirstByCaseRefOrderByVersionDesc(String caseRef);

  List<NeedsAssessment> findByCaseRefOrderByVersion(String caseRef);
}
