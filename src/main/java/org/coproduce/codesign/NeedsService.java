package org.coproduce.codesign;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.coproduce.codesign.internal.NeedsAssessments;
import org.coproduce.codesign.internal.NeedsContributions;
import org.coproduce.codesign.internal.Roster;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members record needs; the chair consolidates them into a versioned needs assessment. */
@Service
public class NeedsService {

  private final NeedsContributions contributions;
  private final NeedsAssessments assessments;
  private final Roster roster;
  private final DecisionRecord record;
  private final Clock clock;

  NeedsService(NeedsContributions contributions, NeedsAssessments assessments, Roster roster, DecisionRecord record,
      Clock clock) {
    this.contributions = contributions;
    this.assessments = assessments;
    this.roster = roster;
    this.record = record;
    this.clock = clock;
  }

  @Transactional
  public void recordNeeds(String caseRef, String memberId, String needs, String priorities) {
    Roster.Member member = roster.requireMember(caseRef, memberId);
    if (needs == null || needs.isBlank()) {
      throw new BusinessRuleViolation("needs.required", "Describe the needs you see for this service.");
    }
    NeedsContribution contribution = contributions.findByCaseRefAndMemberId(caseRef, memberId)
        .orElseGet(() -> new NeedsContribution(caseRef, memberId));
    contribution.update(needs.trim(), priorities == null ? null : priorities.trim(), clock.instant());
    contributions.save(contribution);
    record.append(new Decision(caseRef, memberId, member.role(), "needs.recorded", "co-production", "recorded",
        Map.of("needs", needs.trim(), "priorities", priorities == null ? "" : priorities.trim())));
  }

  @Transactional(readOnly = true)
  public List<NeedsContribution> contributions(String caseRef) {
    return contributions.findByCaseRefOrderBySubmittedAt(caseRef);
  }

  /** The chair's consolidation; each one is a new version. */
  @Transactional
  public NeedsAssessment consolidate(String caseRef, String chairId, String assessment) {
    roster.requireChair(caseRef, chairId);
    if (assessment == null || assessment.isBlank()) {
      throw new BusinessRuleViolation("needs.assessment-required", "Write the consolidated needs assessment.");
    }
    int version = assessments.findFirstByCaseRefOrderByVersionDesc(caseRef).map(a -> a.getVersion() + 1).orElse(1);
    NeedsAssessment saved = assessments.save(
        new NeedsAssessment(caseRef, version, assessment.trim(), chairId, clock.instant()));
    record.append(new Decision(caseRef, chairId, "panel-chair", "needs.assessed", "co-production",
        "version " + version, Map.of("version", version, "assessment", assessment.trim(),
            "contributions", contributions.findByCaseRefOrderBySubmittedAt(caseRef).size())));
    return saved;
  }

  @Transactional(readOnly = true)
  public java.util.Optional<NeedsAssessment> latestAssessment(String caseRef) {
    return assessments.findFirstByCaseRefOrderByVersionDesc(caseRef);
  }

  /** Every version of the needs assessment, oldest first. */
  @Transactional(readOnly = true)
  public List<NeedsAssessment> assessments(String caseRef) {
    return assessments.findByCaseRefOrderByVersion(caseRef);
  }
}
