package org.coproduce.evaluation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutlierFlags extends JpaRepository<OutlierFlag, Long> {
}
