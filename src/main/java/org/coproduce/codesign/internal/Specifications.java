package org.coproduce.codesign.internal;

import java.util.List;
import java.util.Optional;
import org.coproduce.codesign.Specification;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Specifications extends JpaRepository<Specification, Long> {

  Optional<Specification> findFirstByCaseRefOrderByVersionDesc(String caseRef);

  Optional<Specification> findByCaseRefAndVersion(String caseRef, int version);

  List<Specification> findByCaseRefOrderByVersion(String caseRef);
}
