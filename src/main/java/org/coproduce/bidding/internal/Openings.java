package org.coproduce.bidding.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Openings extends JpaRepository<Opening, UUID> {
}
