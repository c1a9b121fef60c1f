package org.coproduce.commissioning.internal;

import java.util.List;
import java.util.Optional;
import org.coproduce.commissioning.CommissioningCase;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Cases extends JpaRepository<CommissioningCase, Long> {

  Optional<CommissioningCase> findByRef(String ref);

  List<CommissioningCase> findAllByOrderByIdDesc();
}
