package org.coproduce.process.internal;

import java.util.Date;
import java.util.List;
import org.coproduce.award.AwardService;
import org.coproduce.review.ReviewProperties;
import org.coproduce.review.ReviewService;
import org.springframework.stereotype.Component;

/** What the ServiceReviewProcess asks in expressions: the review cycle, the contract's end, the outcomes. */
@Component("reviewRoster")
public class ReviewRosterExpressions {

  private final ReviewService reviews;
  private final ReviewProperties properties;
  private final AwardService awards;

  ReviewRosterExpressions(ReviewService reviews, ReviewProperties properties, AwardService awards) {
    this.reviews = reviews;
    this.properties = properties;
    this.awards = awards;
  }

  public String cycle() {
    return properties.cycle();
  }

  public Date contractEnd(String caseRef) {
    return Date.from(awards.contractEnd(caseRef));
  }

  /** The n-th co-designed outcome, or null when there are fewer (the form hides that slot). */
  public String outcome(String caseRef, int position) {
    List<String> outcomes = reviews.outcomes(caseRef);
    return position <= outcomes.size() ? outcomes.get(position - 1) : null;
  }
}
