package org.coproduce.panel.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Panels extends JpaRepository<Panel, Long> {

  Optional<Panel> findByCaseRef(String caseRef);
}
