package org.coproduce.review.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceReviews extends JpaRepository<ServiceReview, UUID> {

  List<ServiceReview> findByCaseRefOrderByNumber(String caseRef);

  long countByCaseRef(String caseRef);
}
