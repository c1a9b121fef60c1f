package org.coproduce.process.internal;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.evaluation.ScoredCriterion;
import org.coproduce.tender.TenderService;
import org.springframework.stereotype.Component;

/**
 * What the TenderProcess asks in expressions ({@code #{tenderRoster.openedBidIds(tenderId)}}):
 * the deadline its timer waits for, which bids and evaluators get tasks, and the labels a form
 * shows. Answers come from the tables, never from copies in process variables.
 */
@Component("tenderRoster")
public class TenderRosterExpressions {

  private final TenderService tenders;
  private final EvaluationService evaluation;

  TenderRosterExpressions(TenderService tenders, EvaluationService evaluation) {
    this.tenders = tenders;
    this.evaluation = evaluation;
  }

  public Date submissionDeadline(String tenderId) {
    return Date.from(tenders.get(UUID.fromString(tenderId)).submissionDeadline());
  }

  public List<String> openedBidIds(String tenderId) {
    return evaluation.openedBidIds(UUID.fromString(tenderId)).stream().map(UUID::toString).toList();
  }

  public List<String> compliantBidIds(String tenderId) {
    return evaluation.compliantBidIds(UUID.fromString(tenderId)).stream().map(UUID::toString).toList();
  }

  public List<String> evaluators(String tenderId) {
    return evaluation.evaluators(UUID.fromString(tenderId));
  }

  public List<String> bidsToScore(String tenderId, String evaluator) {
    return evaluation.bidsToScore(UUID.fromString(tenderId), evaluator).stream().map(UUID::toString).toList();
  }

  public String bidderName(String bidId) {
    return evaluation.bidderName(UUID.fromString(bidId));
  }

  public int scoreScale() {
    return evaluation.scaleMax();
  }

  /** The name of the n-th scored (non-price) criterion, or null when there are fewer. */
  public String scoredCriterion(String tenderId, int position) {
    List<ScoredCriterion> criteria = evaluation.scoredCriteria(UUID.fromString(tenderId));
    return position <= criteria.size() ? criteria.get(position - 1).name() : null;
  }
}
