package org.coproduce.tender;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.codesign.NeedsAssessment;
import org.coproduce.codesign.NeedsService;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.SpecificationStatus;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.codesign.VoteTally;
import org.coproduce.codesign.Specification;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.NotFoundException;
import org.coproduce.tender.internal.TenderDocumentRepository;
import org.coproduce.tender.internal.TenderPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the tender documents from the agreed specification as a PDF, stored with its SHA-256,
 * and records the panel's sign-off.
 */
@Service
public class TenderDocuments {

  private static final Logger log = LoggerFactory.getLogger(TenderDocuments.class);

  private final TenderDocumentRepository documents;
  private final CaseService cases;
  private final SpecificationService specifications;
  private final NeedsService needs;
  private final PanelVoting voting;
  private final DecisionRecord record;
  private final TenderDocumentProperties properties;
  private final Clock clock;

  TenderDocuments(TenderDocumentRepository documents, CaseService cases, SpecificationService specifications,
      NeedsService needs, PanelVoting voting, DecisionRecord record, TenderDocumentProperties properties,
      Clock clock) {
    this.voting = voting;
    this.documents = documents;
    this.cases = cases;
    this.specifications = specifications;
    this.needs = needs;
    this.record = record;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  public TenderDocument generate(String caseRef, String actor) {
    CommissioningCase c = cases.get(caseRef);
    Specification spec = specifications.current(caseRef);
    int version = documents.findFirstByCaseRefOrderByVersionDesc(caseRef).map(d -> d.getVersion() + 1).orElse(1);
    Instant now = clock.instant();
    Instant deadline = now.plus(properties.submissionPeriod()).truncatedTo(ChronoUnit.SECONDS);
    String base = properties.publicBaseUrl().replaceAll("/+$", "");
    UUID id = UUID.randomUUID();
    byte[] pdf = TenderPdf.render(new TenderPdf.Content(caseRef, c.getTitle(), c.getServiceArea(),
        spec.getPlainSummary(), c.getProblemStatement(),
        needs.latestAssessment(caseRef).map(NeedsAssessment::getAssessment).orElse(null), spec.getOutcomes(),
        spec.getServiceLevels(), spec.getDurationMonths(), spec.getEstimatedValue(), c.getCurrency(),
        specifications.criteriaOf(spec).stream().map(x -> new TenderPdf.Criterion(x.getName(), label(x.getType().name()),
            x.getWeight(), x.getDescription())).toList(),
        deadline, base + "/api/tenders/{tenderId}/bids", base + "/api/tenders?status=open", spec.getVersion(),
        version));
    String sha256 = sha256(pdf);
    TenderDocument document = documents.save(new TenderDocument(id, caseRef, version, spec.getVersion(),
        "tender-" + caseRef + "-v" + version + ".pdf", pdf, sha256, deadline, actor, now));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("documentId", id.toString());
    details.put("version", version);
    details.put("specificationVersion", spec.getVersion());
    details.put("sha256", sha256);
    details.put("plannedDeadline", deadline.toString());
    record.append(new Decision(caseRef, actor, "system", "tender-documents.generated", "fixed-criteria",
        "version " + version, details));
    log.info("Generated tender documents {} v{} for case {} ({} bytes, sha256 {})", id, version, caseRef, pdf.length,
        sha256);
    return document;
  }

  @Transactional(readOnly = true)
  public TenderDocument latest(String caseRef) {
    return documents.findFirstByCaseRefOrderByVersionDesc(caseRef)
        .orElseThrow(() -> new NotFoundException("Case " + caseRef + " has no tender documents yet"));
  }

  @Transactional(readOnly = true)
  public TenderDocument get(UUID id) {
    return documents.findById(id).orElseThrow(() -> new NotFoundException("No tender document " + id));
  }

  /**
   * Counts the panel's sign-off votes on the latest documents (double majority). Signed off, the
   * specification is final; otherwise it goes back to the chair with the comments.
   */
  @Transactional
  public boolean concludeSignOff(String caseRef) {
    TenderDocument document = latest(caseRef);
    VoteTally tally = voting.tally(caseRef, VoteSubject.TENDER_DOCUMENTS, document.getVersion());
    if (tally.passed()) {
      document.signOff();
    }
    specifications.markCurrent(caseRef,
        tally.passed() ? SpecificationStatus.SIGNED_OFF : SpecificationStatus.CHANGES_REQUESTED);
    return tally.passed();
  }

  private static String label(String type) {
    return switch (type) {
      case "PRICE" -> "Price";
      case "SOCIAL_VALUE" -> "Social value";
      default -> "Quality";
    };
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }


  /** Every generated version of the case's tender documents, oldest first. */
  @Transactional(readOnly = true)
  public java.util.List<TenderDocument> versions(String caseRef) {
    return documents.findByCaseRefOrderByVersion(caseRef);
  }
}
