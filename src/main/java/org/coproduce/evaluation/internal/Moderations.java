package org.coproduce.evaluation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Moderations extends JpaRepository<Moderation, Long> {

  List<Moderation> findByTenderIdOrderById(UUID tenderId);
}
