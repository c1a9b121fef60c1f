package org.coproduce.tender.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderStatus;
import org.coproduce.tender.TenderView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public face of published tenders: no login needed (suppliers and the public read them). */
@RestController
@Tag(name = "Tenders", description = "Published tenders (public, no login)")
class TenderController {

  private final TenderService tenders;
  private final TenderProperties properties;

  TenderController(TenderService tenders, TenderProperties properties) {
    this.tenders = tenders;
    this.properties = properties;
  }

  /** A tender as the public sees it. {@code documentUrl} is null while the tender has no document. */
  record PublicTender(UUID id, String ocid, String caseRef, String title, String summary, TenderStatus status,
      Instant publishedAt, Instant submissionDeadline, BigDecimal budgetCeiling, String currency, UUID documentId,
      String documentSha256, String documentUrl, String bidsUrl, List<AwardCriterion> criteria) {
  }

  @GetMapping("/api/tenders")
  @Operation(summary = "Tenders open for bids",
      description = "Published tenders whose submission deadline has not passed, soonest deadline first. "
          + "Bids are accepted while the server clock reads strictly before submissionDeadline.")
  List<PublicTender> list(@Parameter(description = "only 'open' is supported") @RequestParam(defaultValue = "open")
      String status) {
    if (!"open".equalsIgnoreCase(status)) {
      throw new BusinessRuleViolation("tender.listing", "Only status=open can be listed.");
    }
    return tenders.openTenders().stream().map(this::publicView).toList();
  }

  @GetMapping("/api/tenders/{tenderId}")
  @Operation(summary = "One tender with its frozen award criteria and weights")
  PublicTender get(@PathVariable UUID tenderId) {
    return publicView(tenders.get(tenderId));
  }

  private PublicTender publicView(TenderView t) {
    String documentUrl = t.documentId() == null ? null
        : properties.documentLink().replace("{documentId}", t.documentId().toString());
    return new PublicTender(t.id(), t.ocid(), t.caseRef(), t.title(), t.summary(), t.status(), t.publishedAt(),
        t.submissionDeadline(), t.budgetCeiling(), t.currency(), t.documentId(), t.documentSha256(), documentUrl,
        "/api/tenders/" + t.id() + "/bids", t.criteria());
  }
}
