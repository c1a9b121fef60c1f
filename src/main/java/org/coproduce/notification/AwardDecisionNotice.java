package org.coproduce.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the bidders are told about an award decision: the data {@link AwardNotices} writes its
 * notices from. Filled by the award side; defined here so this module depends on no other.
 *
 * @param caseRef the case
 * @param tenderId the tender; names the batch and the challenge address
 * @param tenderTitle the tender's title as published
 * @param ocid the case's Open Contracting id
 * @param round the award round of the tender, from 1 (a new round after an upheld challenge is
 *     notified again, as a new batch)
 * @param winnerSupplierId the supplier the city intends to award the contract to; one of the bidders
 * @param winnerName its name
 * @param winnerTotal its weighted total score
 * @param maxScore the top of the scoring scale each criterion is scored on (e.g. 10)
 * @param standstillEnds when the standstill period ends; no contract before
 * @param bidders every bidder, the winner included, each with its own results
 */
public record AwardDecisionNotice(String caseRef, UUID tenderId, String tenderTitle, String ocid, int round,
    String winnerSupplierId, String winnerName, BigDecimal winnerTotal, BigDecimal maxScore, Instant standstillEnds,
    List<BidderResult> bidders) {

  /**
   * One bidder's results.
   *
   * @param supplierId the supplier (its user id); receives the notice
   * @param supplierName its name
   * @param email where its notice goes
   * @param scores its score per criterion, in the tender's order; empty if its bid was not scored
   *     (not compliant)
   * @param total its weighted total score, or null if it was not ranked
   * @param rank its place in the ranking (1 = best), or null if it was not ranked
   * @param reasons why the decision went as it did for this bidder: the relative advantages of the
   *     winning tender, or why this bid was excluded
   */
  public record BidderResult(String supplierId, String supplierName, String email, List<CriterionScore> scores,
      BigDecimal total, Integer rank, String reasons) {

    public BidderResult {
      requireText(supplierId, "supplierId");
      requireText(supplierName, "supplierName");
      requireText(email, "email");
      requireText(reasons, "reasons");
      scores = scores == null ? List.of() : List.copyOf(scores);
      if ((total == null) != (rank == null)) {
        throw new IllegalArgumentException("Bidder " + supplierId + ": total and rank are given together or not at all");
      }
    }

    boolean ranked() {
      return rank != null;
    }
  }

  /**
   * One criterion's score for one bid.
   *
   * @param criterion the criterion's name as published
   * @param weight its weight in whole percent
   * @param score the moderated score on the scale up to {@link AwardDecisionNotice#maxScore()}
   * @param justificationSummary why it scored so, in a sentence or two
   */
  public record CriterionScore(String criterion, int weight, BigDecimal score, String justificationSummary) {

    public CriterionScore {
      requireText(criterion, "criterion");
      Objects.requireNonNull(score, "score");
    }
  }

  public AwardDecisionNotice {
    requireText(caseRef, "caseRef");
    Objects.requireNonNull(tenderId, "tenderId");
    requireText(tenderTitle, "tenderTitle");
    requireText(ocid, "ocid");
    requireText(winnerSupplierId, "winnerSupplierId");
    requireText(winnerName, "winnerName");
    Objects.requireNonNull(winnerTotal, "winnerTotal");
    Objects.requireNonNull(maxScore, "maxScore");
    Objects.requireNonNull(standstillEnds, "standstillEnds");
    if (round < 1) {
      throw new IllegalArgumentException("round starts at 1, got " + round);
    }
    bidders = bidders == null ? List.of() : List.copyOf(bidders);
    long winners = bidders.stream().filter(b -> b.supplierId().equals(winnerSupplierId)).count();
    if (winners != 1) {
      throw new IllegalArgumentException("The winner " + winnerSupplierId + " must be exactly one of the bidders");
    }
    BidderResult winner = bidders.stream().filter(b -> b.supplierId().equals(winnerSupplierId)).findFirst().get();
    if (!Integer.valueOf(1).equals(winner.rank()) || winner.total().compareTo(winnerTotal) != 0) {
      throw new IllegalArgumentException("The winner " + winnerSupplierId + " must be ranked first with the total "
          + winnerTotal);
    }
    if (bidders.stream().map(BidderResult::supplierId).distinct().count() != bidders.size()) {
      throw new IllegalArgumentException("A supplier is listed twice among the bidders");
    }
  }

  /** The winner's own results. */
  public BidderResult winner() {
    return bidders.stream().filter(b -> b.supplierId().equals(winnerSupplierId)).findFirst().orElseThrow();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
