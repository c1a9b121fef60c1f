package org.coproduce.panel.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Volunteers extends JpaRepository<Volunteer, Long> {

  List<Volunteer> findAllByOrderById();

  List<Volunteer> findByActiveTrueOrderById();

  Optional<Volunteer> findByUserId(String userId);

  boolean existsByEmail(String email);

  boolean existsByUserId(String userId);
}
