package org.coproduce.tender.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenderCriteria extends JpaRepository<TenderCriterion, UUID> {

  @Query("select c from TenderCriterion c where c.tenderId = :tenderId order by c.number")
  List<TenderCriterion> ofTender(UUID tenderId);

  @Query("select c from TenderCriterion c where c.tenderId in :tenderIds order by c.tenderId, c.number")
  List<TenderCriterion> ofTenders(Collection<UUID> tenderIds);
}
