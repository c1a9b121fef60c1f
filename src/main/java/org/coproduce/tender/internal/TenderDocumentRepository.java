package org.coproduce.tender.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.tender.TenderDocument;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenderDocumentRepository extends JpaRepository<TenderDocument, UUID> {

  Optional<TenderDocument> findFirstByCaseRefOrderByVersionDesc(String caseRef);

  List<TenderDocument> findByCaseRefOrderByVersion(String caseRef);
}
