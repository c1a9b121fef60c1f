package org.coproduce.tender;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.coproduce.budget.BudgetCommitment;
import org.coproduce.budget.BudgetService;
import org.coproduce.codesign.Specification;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.codesign.SpecificationStatus;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CaseStatus;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.internal.TenderProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a case's tender from what the panel agreed: the signed-off specification's criteria
 * and weights (frozen from here on), its plain-language summary, and the tender document with its
 * SHA-256 and deadline. No tender without an approved budget commitment (rule 6).
 */
@Service
public class TenderPublication {

  private final TenderService tenders;
  private final TenderDocuments documents;
  private final SpecificationService specifications;
  private final CaseService cases;
  private final BudgetService budget;
  private final TenderProperties properties;
  private final Clock clock;

  TenderPublication(TenderService tenders, TenderDocuments documents, SpecificationService specifications,
      CaseService cases, BudgetService budget, TenderProperties properties, Clock clock) {
    this.tenders = tenders;
    this.documents = documents;
    this.specifications = specifications;
    this.cases = cases;
    this.budget = budget;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Publishes the case's tender. When the signed-off document's deadline is no longer at least the
   * minimum submission period away (sign-off took long, or this is a re-tender), a new version of
   * the same document is generated with a fresh deadline, so the deadline in the PDF is always the
   * one that applies.
   */
  @Transactional
  public UUID publishForCase(String caseRef, String actor) {
    CommissioningCase c = cases.get(caseRef);
    Specification spec = specifications.current(caseRef);
    if (spec.getStatus() != SpecificationStatus.SIGNED_OFF) {
      throw new BusinessRuleViolation("tender.specification-signed-off", "The specification of case " + caseRef
          + " is " + spec.getStatus() + "; only a specification the panel signed off is tendered.");
    }
    BudgetCommitment commitment = budget.commitmentOf(caseRef).orElseThrow(() -> new BusinessRuleViolation(
        "budget.no-commitment", "Case " + caseRef + " has no approved budget commitment; no tender without one."));
    TenderDocument document = documents.latest(caseRef);
    if (document.getPlannedDeadline().isBefore(clock.instant().plus(properties.minimumSubmissionPeriod()))) {
      document = documents.generate(caseRef, actor);
    }
    List<AwardCriterion> criteria = specifications.criteriaOf(spec).stream()
        .map(x -> new AwardCriterion(x.getName(), CriterionType.valueOf(x.getType().name()), x.getWeight(),
            x.getDescription()))
        .toList();
    BigDecimal ceiling = commitment.getAmount();
    UUID tenderId = tenders.publish(new PublishTender(caseRef, c.getTitle(), spec.getPlainSummary(), document.getId(),
        document.getSha256(), document.getPlannedDeadline(), ceiling, c.getCurrency(), criteria, actor));
    if (c.getStatus() != CaseStatus.TENDERING) {
      cases.moveTo(caseRef, CaseStatus.TENDERING, actor, "tender " + tenderId + " published");
    }
    return tenderId;
  }

  /** The officer's decision when no compliant bid came in: publish again, or cancel the procurement. */
  @Transactional
  public boolean decideAfterNoCompliantBid(UUID tenderId, String officerId, boolean retender, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleViolation("tender.reason-required", "Give the reason for your decision.");
    }
    TenderView tender = tenders.get(tenderId);
    tenders.cancel(tenderId, officerId, (retender ? "re-tender: " : "procurement cancelled: ") + reason);
    if (!retender) {
      cases.moveTo(tender.caseRef(), CaseStatus.CANCELLED, officerId, reason);
    }
    return retender;
  }
}
