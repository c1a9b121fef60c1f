package org.coproduce.bidding.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpeningConfirmations extends JpaRepository<OpeningConfirmation, OpeningConfirmation.Key> {

  @Query("select c from OpeningConfirmation c where c.key.tenderId = :tenderId")
  List<OpeningConfirmation> ofTender(UUID tenderId);
}
