package org.coproduce.codesign;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.codesign.internal.AwardCriteria;
import org.coproduce.codesign.internal.Roster;
import org.coproduce.codesign.internal.Specifications;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The chair drafts versions of the specification and its award criteria; the panel decides on them. */
@Service
@Validated
public class SpecificationService {

  /** The review form has five outcome slots. */
  public static final int MAX_OUTCOMES = 5;

  private final Specifications specifications;
  private final AwardCriteria criteria;
  private final CriteriaRules rules;
  private final Roster roster;
  private final CaseService cases;
  private final PanelVoting voting;
  private final DecisionRecord record;
  private final Clock clock;

  SpecificationService(Specifications specifications, AwardCriteria criteria, CodesignProperties bounds, Roster roster,
      CaseService cases, PanelVoting voting, DecisionRecord record, Clock clock) {
    this.voting = voting;
    this.specifications = specifications;
    this.criteria = criteria;
    this.rules = new CriteriaRules(bounds);
    this.roster = roster;
    this.cases = cases;
    this.record = record;
    this.clock = clock;
  }

  /** Stores a new version drafted by the chair, after checking the criteria and the envelope. */
  @Transactional
  public Specification draft(String caseRef, String chairId, @Valid SpecificationDraft draft) {
    roster.requireChair(caseRef, chairId);
    rules.check(draft.criteria());
    if (outcomes(draft.outcomes()).size() > MAX_OUTCOMES) {
      throw new BusinessRuleViolation("specification.outcomes", "Write at most " + MAX_OUTCOMES
          + " outcomes, one per line: the panel reviews the service against each of them.");
    }
    CommissioningCase c = cases.get(caseRef);
    if (draft.estimatedValue().compareTo(c.getEnvelopeAmount()) > 0) {
      throw new BusinessRuleViolation("budget.envelope", "The estimated value " + draft.estimatedValue()
          + " exceeds the case's envelope of " + c.getEnvelopeAmount() + " " + c.getCurrency() + ".");
    }
    int version = specifications.findFirstByCaseRefOrderByVersionDesc(caseRef).map(s -> s.getVersion() + 1)
        .orElse(1);
    Specification spec = specifications.saveAndFlush(
        new Specification(caseRef, version, draft, chairId, clock.instant()));
    int position = 1;
    for (SpecificationDraft.Criterion criterion : draft.criteria()) {
      criteria.save(new AwardCriterion(spec.getId(), position++, criterion.name().trim(), criterion.type(),
          criterion.weight(), criterion.description()));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("version", version);
    details.put("estimatedValue", draft.estimatedValue());
    details.put("durationMonths", draft.durationMonths());
    details.put("criteria", draft.criteria().stream()
        .map(x -> Map.of("name", x.name(), "type", x.type().name(), "weight", x.weight())).toList());
    record.append(new Decision(caseRef, chairId, "panel-chair", "specification.drafted",
        "criteria-weights", "version " + version, details));
    return spec;
  }

  @Transactional(readOnly = true)
  public Optional<Specification> latest(String caseRef) {
    return specifications.findFirstByCaseRefOrderByVersionDesc(caseRef);
  }

  @Transactional(readOnly = true)
  public Specification current(String caseRef) {
    return latest(caseRef).orElseThrow(() -> new NotFoundException("Case " + caseRef + " has no specification yet"));
  }

  @Transactional(readOnly = true)
  public List<AwardCriterion> criteriaOf(Specification specification) {
    return criteria.findBySpecificationIdOrderByPosition(specification.getId());
  }

  /** The outcomes the service is reviewed against: one per non-blank line of the specification. */
  public static List<String> outcomes(String text) {
    return text == null ? List.of()
        : text.lines().map(String::trim).map(l -> l.replaceFirst("^[-*•]\\s*", "")).filter(l -> !l.isBlank()).toList();
  }

  /** Moves the current version on after a vote, a budget check or a sign-off. */
  @Transactional
  public void markCurrent(String caseRef, SpecificationStatus status) {
    current(caseRef).moveTo(status);
  }

  /** Counts the panel's votes on the current version (double majority) and records the outcome. */
  @Transactional
  public VoteTally concludeVote(String caseRef) {
    Specification spec = current(caseRef);
    VoteTally tally = voting.tally(caseRef, VoteSubject.SPECIFICATION, spec.getVersion());
    spec.moveTo(tally.passed() ? SpecificationStatus.PANEL_APPROVED : SpecificationStatus.PANEL_REJECTED);
    return tally;
  }

  /**
   * The finance officer's check of the current version against the budget line (never by the
   * case's own officer). Returns whether it was approved.
   */
  @Transactional
  public boolean recordBudgetCheck(String caseRef, String financeUserId, boolean approved, String reason) {
    Specification spec = current(caseRef);
    cases.recordBudgetCheck(caseRef, financeUserId, approved, reason, spec.getEstimatedValue());
    if (!approved) {
      spec.moveTo(SpecificationStatus.BUDGET_REJECTED);
    }
    return approved;
  }

  /** Commits the approved estimated value against the budget line; refused when the line cannot cover it. */
  @Transactional
  public void commitBudget(String caseRef, String financeUserId) {
    Specification spec = current(caseRef);
    try {
      cases.commitBudget(caseRef, spec.getEstimatedValue(), financeUserId);
    } catch (BusinessRuleViolation e) {
      spec.moveTo(SpecificationStatus.BUDGET_REJECTED);
      throw e;
    }
  }

  /** Every version of the specification, oldest first. */
  @Transactional(readOnly = true)
  public List<Specification> versions(String caseRef) {
    return specifications.findByCaseRefOrderByVersion(caseRef);
  }
}
