package org.coproduce.codesign.internal;

import java.util.List;
import org.coproduce.codesign.AwardCriterion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardCriteria extends JpaRepository<AwardCriterion, Long> {

  List<AwardCriterion> findBySpecificationIdOrderByPosition(Long specificationId);
}
