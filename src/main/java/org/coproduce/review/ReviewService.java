package org.coproduce.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CaseStatus;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelService;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.review.internal.ServiceReview;
import org.coproduce.review.internal.ServiceReviews;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel reviews the delivered service against the outcomes it co-designed, at every review
 * date while the contract runs; each review is recorded and published; the case closes when the
 * contract term ends.
 */
@Service
public class ReviewService {

  public static final String RULE = "co-produced-review";

  private final ServiceReviews reviews;
  private final SpecificationService specifications;
  private final PanelService panels;
  private final CaseService cases;
  private final DecisionRecord record;
  private final Clock clock;

  ReviewService(ServiceReviews reviews, SpecificationService specifications, PanelService panels, CaseService cases,
      DecisionRecord record, Clock clock) {
    this.reviews = reviews;
    this.specifications = specifications;
    this.panels = panels;
    this.cases = cases;
    this.record = record;
    this.clock = clock;
  }

  /** The co-designed outcomes, in the order of the signed-off specification. */
  @Transactional(readOnly = true)
  public List<String> outcomes(String caseRef) {
    return SpecificationService.outcomes(specifications.current(caseRef).getOutcomes());
  }

  @Transactional
  public void open(String caseRef, String actor) {
    cases.moveTo(caseRef, CaseStatus.IN_REVIEW, actor, "contract awarded: the service is reviewed while it runs");
  }

  /**
   * Records one review by a member of the case's panel: every outcome assessed with its evidence,
   * an overall rating from 1 to 5 and a summary for the next commissioning cycle.
   */
  @Transactional
  public ReviewView record(String caseRef, String reviewerId, List<Finding> findings, int rating, String summary) {
    ActiveMember reviewer = panels.activeMembers(caseRef).stream().filter(m -> m.userId().equals(reviewerId))
        .findFirst().orElseThrow(() -> new BusinessRuleViolation("panel.not-a-member",
            reviewerId + " is not an active member of the panel of case " + caseRef + "."));
    List<String> outcomes = outcomes(caseRef);
    List<Finding> complete = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      int position = i + 1;
      Finding finding = findings.stream().filter(f -> f.position() == position).findFirst().orElse(null);
      if (finding == null || finding.assessment() == null || finding.evidence() == null
          || finding.evidence().isBlank()) {
        throw new BusinessRuleViolation("review.outcome-unassessed", "Assess outcome " + position + " ('"
            + outcomes.get(i) + "') as met, partly met or not met, with its evidence.");
      }
      complete.add(new Finding(position, outcomes.get(i), finding.assessment(), finding.evidence().trim()));
    }
    if (rating < 1 || rating > 5) {
      throw new BusinessRuleViolation("review.rating", "The overall rating is from 1 to 5, not " + rating + ".");
    }
    if (summary == null || summary.isBlank()) {
      throw new BusinessRuleViolation("review.summary-required", "Summarise the review for the next cycle.");
    }
    int number = (int) reviews.countByCaseRef(caseRef) + 1;
    ReviewView review = reviews.save(new ServiceReview(caseRef, number, reviewerId, clock.instant(), rating,
        summary.trim(), complete)).view();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("review", number);
    details.put("rating", rating);
    details.put("summary", review.summary());
    details.put("findings", complete.stream().map(f -> Map.of("outcome", f.outcome(), "assessment",
        f.assessment().name(), "evidence", f.evidence())).toList());
    record.append(new Decision(caseRef, reviewerId,
        reviewer.kind() == MemberKind.CITIZEN ? "panel-citizen" : "panel-official", "review.recorded", RULE,
        "review " + number + ": rating " + rating, details));
    return review;
  }

  @Transactional(readOnly = true)
  public List<ReviewView> reviews(String caseRef) {
    return reviews.findByCaseRefOrderByNumber(caseRef).stream().map(ServiceReview::view).toList();
  }

  /** The contract term has ended: the case closes, its reviews feeding the next cycle. */
  @Transactional
  public void close(String caseRef, String actor) {
    cases.moveTo(caseRef, CaseStatus.CLOSED, actor, "contract term ended after " + reviews.countByCaseRef(caseRef)
        + " review(s)");
  }
}
