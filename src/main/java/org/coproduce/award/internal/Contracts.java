package org.coproduce.award.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Contracts extends JpaRepository<Contract, UUID> {

  Optional<Contract> findByTenderId(UUID tenderId);

  Optional<Contract> findFirstByCaseRefOrderByAwardedAtDesc(String caseRef);
}
