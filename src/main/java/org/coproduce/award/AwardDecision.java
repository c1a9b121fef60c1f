package org.coproduce.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.tender.CriterionType;

/**
 * Everything the award decision notices say (issue 5 item 7): the tender, the round, the
 * standstill, the winner and every bidder's own results with the reasons.
 *
 * @param round the evaluation round whose ranking was recommended and approved
 * @param scaleMax the top of the scoring scale (0 to scaleMax)
 * @param standstillEnd the end of this round's standstill; when it has not started yet, the end it
 *     will have if it starts now ({@code standstillStarted} false)
 * @param winner the recommended bidder (also in {@code bidders})
 * @param bidders every bidder whose bid was opened: the ranked ones by rank, then the non-compliant ones
 */
public record AwardDecision(String caseRef, UUID tenderId, String tenderTitle, String ocid, int round,
    String currency, int scaleMax, Instant standstillEnd, boolean standstillStarted, String approvedBy,
    Instant approvedAt, BidderResult winner, List<BidderResult> bidders) {

  public AwardDecision {
    bidders = List.copyOf(bidders);
  }

  /**
   * One bidder's results.
   *
   * @param supplierName the name to address the bidder by (its login id: supplier names live in
   *     the identity service, which the process module can add)
   * @param scores every criterion in published order, price included; empty when not compliant
   * @param total its weighted total out of 100, or null when not compliant
   * @param rank its place (1 = the winner), or null when not compliant
   * @param reasons why the decision went as it did for this bidder, in plain words
   */
  public record BidderResult(UUID bidId, String supplierId, String supplierName, BigDecimal price, boolean compliant,
      List<CriterionScore> scores, BigDecimal pricePoints, BigDecimal total, Integer rank, String reasons) {

    public BidderResult {
      scores = List.copyOf(scores);
    }
  }

  /**
   * One criterion's result for one bid.
   *
   * @param score on the scale 0 to scaleMax: the mean of the evaluators' moderated scores; for price,
   *     the bid's price points as a share of the weight, on the same scale
   * @param points the weighted points it contributes to the total
   * @param justificationSummary the evaluators' justifications (and moderation reasons), or the price formula
   */
  public record CriterionScore(String criterion, CriterionType type, int weight, BigDecimal score, BigDecimal points,
      String justificationSummary) {
  }
}
