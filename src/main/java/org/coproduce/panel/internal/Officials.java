package org.coproduce.panel.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Officials extends JpaRepository<Official, Long> {

  List<Official> findAllByOrderByUserId();

  List<Official> findByActiveTrueOrderByUserId();

  Optional<Official> findByUserId(String userId);
}
