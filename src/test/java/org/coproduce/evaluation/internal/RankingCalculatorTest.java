package org.coproduce.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.evaluation.CriterionResult;
import org.coproduce.evaluation.RankedBid;
import org.coproduce.evaluation.Ranking;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.junit.jupiter.api.Test;

/** The ranking formula of docs/evaluation.md, figure by figure, with its worked example. */
class RankingCalculatorTest {

  static final UUID TENDER = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final Instant AT = Instant.parse("2027-02-01T10:00:00Z");
  static final List<AwardCriterion> CRITERIA = List.of(
      new AwardCriterion("Quality of service", CriterionType.QUALITY, 50, null),
      new AwardCriterion("Price", CriterionType.PRICE, 35, null),
      new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 15, null));

  static final UUID A = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000000");
  static final UUID B = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000000");
  static final UUID C = UUID.fromString("cccccccc-0000-0000-0000-000000000000");

  static List<RankingCalculator.BidInput> workedExampleBids() {
    return List.of(
        new RankingCalculator.BidInput(A, "alder", new BigDecimal("120000.00"), AT.minusSeconds(300)),
        new RankingCalculator.BidInput(B, "birch", new BigDecimal("100000.00"), AT.minusSeconds(200)),
        new RankingCalculator.BidInput(C, "cedar", new BigDecimal("150000.00"), AT.minusSeconds(100)));
  }

  static Map<UUID, Map<String, List<Integer>>> workedExampleScores() {
    return Map.of(
        A, Map.of("Quality of service", List.of(8, 7, 9), "Social value", List.of(6, 7, 8)),
        B, Map.of("Quality of service", List.of(6, 6, 7), "Social value", List.of(5, 5, 6)),
        C, Map.of("Quality of service", List.of(9, 9, 9), "Social value", List.of(9, 8, 9)));
  }

  @Test
  void theWorkedExampleOfTheDocumentation() {
    Ranking ranking = RankingCalculator.compute(TENDER, 1, AT, 10, CRITERIA, workedExampleBids(),
        workedExampleScores());

    assertThat(ranking.bids()).extracting(RankedBid::supplierId).containsExactly("cedar", "alder", "birch");
    assertThat(ranking.bids()).extracting(RankedBid::rank).containsExactly(1, 2, 3);
    assertThat(ranking.recommendedBidId()).isEqualTo(C);
    assertThat(ranking.recommendedPrice()).isEqualByComparingTo("150000");

    RankedBid alder = ranking.bid(A).orElseThrow();
    assertThat(alder.criteria()).extracting(CriterionResult::criterion)
        .containsExactly("Quality of service", "Price", "Social value");
    assertThat(alder.criteria().get(0).meanScore()).isEqualByComparingTo("8.00");
    assertThat(alder.criteria().get(0).evaluators()).isEqualTo(3);
    assertThat(alder.criteria().get(0).points()).isEqualByComparingTo("40.00");
    assertThat(alder.criteria().get(1).meanScore()).isNull();
    assertThat(alder.criteria().get(1).points()).isEqualByComparingTo("29.17"); // 100000 x 35 / 120000
    assertThat(alder.criteria().get(2).meanScore()).isEqualByComparingTo("7.00");
    assertThat(alder.criteria().get(2).points()).isEqualByComparingTo("10.50");
    assertThat(alder.qualityPoints()).isEqualByComparingTo("50.50");
    assertThat(alder.pricePoints()).isEqualByComparingTo("29.17");
    assertThat(alder.total()).isEqualByComparingTo("79.67");

    RankedBid birch = ranking.bid(B).orElseThrow();
    assertThat(birch.criteria().get(0).meanScore()).isEqualByComparingTo("6.33");
    assertThat(birch.criteria().get(0).points()).isEqualByComparingTo("31.67"); // 19 x 50 / 30, rounded once
    assertThat(birch.pricePoints()).as("the lowest price gets the full price weight").isEqualByComparingTo("35.00");
    assertThat(birch.total()).isEqualByComparingTo("74.67");

    RankedBid cedar = ranking.bid(C).orElseThrow();
    assertThat(cedar.qualityPoints()).isEqualByComparingTo("58.00");
    assertThat(cedar.pricePoints()).isEqualByComparingTo("23.33");
    assertThat(cedar.total()).isEqualByComparingTo("81.33");
  }

  @Test
  void priceScoresAreTheLowestCompliantPriceOverTheBidsPriceTimesTheWeight() {
    List<AwardCriterion> criteria = List.of(new AwardCriterion("Price", CriterionType.PRICE, 40, null),
        new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 60, null));
    Map<UUID, Map<String, List<Integer>>> scores = Map.of(A, Map.of("Social value", List.of(5)),
        B, Map.of("Social value", List.of(5)));
    Ranking ranking = RankingCalculator.compute(TENDER, 1, AT, 10, criteria,
        List.of(new RankingCalculator.BidInput(A, "alder", new BigDecimal("125000.00"), AT),
            new RankingCalculator.BidInput(B, "birch", new BigDecimal("100000.00"), AT)), scores);

    assertThat(ranking.bid(B).orElseThrow().pricePoints()).isEqualByComparingTo("40.00");
    assertThat(ranking.bid(A).orElseThrow().pricePoints()).isEqualByComparingTo("32.00");
    assertThat(ranking.bid(A).orElseThrow().qualityPoints()).isEqualByComparingTo("30.00");
    assertThat(ranking.recommendedBidId()).isEqualTo(B);
  }

  @Test
  void meansAreOfEveryEvaluatorsScoreAndWeightedOnTheScale() {
    List<AwardCriterion> criteria = List.of(new AwardCriterion("Quality", CriterionType.QUALITY, 70, null),
        new AwardCriterion("Price", CriterionType.PRICE, 30, null));
    Ranking onTen = RankingCalculator.compute(TENDER, 1, AT, 10, criteria,
        List.of(new RankingCalculator.BidInput(A, "alder", new BigDecimal("10.00"), AT)),
        Map.of(A, Map.of("Quality", List.of(3, 4, 4, 10))));
    // mean 21/4 = 5.25 of 10 -> 0.525 x 70 = 36.75
    assertThat(onTen.recommended().criteria().get(0).meanScore()).isEqualByComparingTo("5.25");
    assertThat(onTen.recommended().qualityPoints()).isEqualByComparingTo("36.75");
    assertThat(onTen.recommended().total()).isEqualByComparingTo("66.75");

    Ranking onFive = RankingCalculator.compute(TENDER, 1, AT, 5, criteria,
        List.of(new RankingCalculator.BidInput(A, "alder", new BigDecimal("10.00"), AT)),
        Map.of(A, Map.of("Quality", List.of(3, 4, 4, 5))));
    // mean 16/4 = 4 of 5 -> 0.8 x 70 = 56
    assertThat(onFive.recommended().qualityPoints()).isEqualByComparingTo("56.00");
  }

  @Test
  void equalTotalsGoToTheHigherQualityThenTheEarlierReceiptThenTheBidId() {
    List<AwardCriterion> criteria = List.of(new AwardCriterion("Quality", CriterionType.QUALITY, 50, null),
        new AwardCriterion("Price", CriterionType.PRICE, 50, null));
    // X: price 50.00 + quality 30.00 = 80.00; Y: price 40.00 + quality 40.00 = 80.00
    Ranking byQuality = RankingCalculator.compute(TENDER, 1, AT, 10, criteria,
        List.of(new RankingCalculator.BidInput(A, "x", new BigDecimal("100.00"), AT.minusSeconds(60)),
            new RankingCalculator.BidInput(B, "y", new BigDecimal("125.00"), AT)),
        Map.of(A, Map.of("Quality", List.of(6)), B, Map.of("Quality", List.of(8))));
    assertThat(byQuality.bids()).extracting(RankedBid::total).allSatisfy(t -> assertThat(t).isEqualByComparingTo("80"));
    assertThat(byQuality.bids()).extracting(RankedBid::supplierId).containsExactly("y", "x");

    Map<UUID, Map<String, List<Integer>>> same = Map.of(A, Map.of("Quality", List.of(7)),
        B, Map.of("Quality", List.of(7)), C, Map.of("Quality", List.of(7)));
    Ranking byReceipt = RankingCalculator.compute(TENDER, 1, AT, 10, criteria,
        List.of(new RankingCalculator.BidInput(C, "late", new BigDecimal("100.00"), AT.plusMillis(1)),
            new RankingCalculator.BidInput(B, "early", new BigDecimal("100.00"), AT)),
        same);
    assertThat(byReceipt.bids()).extracting(RankedBid::supplierId).containsExactly("early", "late");
    assertThat(byReceipt.bids()).extracting(RankedBid::rank).containsExactly(1, 2);

    Ranking byId = RankingCalculator.compute(TENDER, 1, AT, 10, criteria,
        List.of(new RankingCalculator.BidInput(C, "c", new BigDecimal("100.00"), AT),
            new RankingCalculator.BidInput(A, "a", new BigDecimal("100.00"), AT)),
        same);
    assertThat(byId.bids()).extracting(RankedBid::bidId).containsExactly(A, C);
  }

  @Test
  void theSameInputsGiveTheSameDigestAndAnyChangedScoreAnother() {
    Ranking once = RankingCalculator.compute(TENDER, 1, AT, 10, CRITERIA, workedExampleBids(), workedExampleScores());
    Ranking again = RankingCalculator.compute(TENDER, 1, AT, 10, CRITERIA, workedExampleBids(), workedExampleScores());
    assertThat(again).isEqualTo(once);
    assertThat(once.digest()).hasSize(64);

    Map<UUID, Map<String, List<Integer>>> changed = new java.util.HashMap<>(workedExampleScores());
    changed.put(B, Map.of("Quality of service", List.of(6, 6, 8), "Social value", List.of(5, 5, 6)));
    assertThat(RankingCalculator.compute(TENDER, 1, AT, 10, CRITERIA, workedExampleBids(), changed).digest())
        .isNotEqualTo(once.digest());
    assertThat(RankingCalculator.compute(TENDER, 2, AT, 10, CRITERIA, workedExampleBids(), workedExampleScores())
        .digest()).as("the round is part of what is digested").isNotEqualTo(once.digest());
  }

  @Test
  void aCompliantBidWithoutScoresCannotBeRanked() {
    Map<UUID, Map<String, List<Integer>>> scores = new java.util.HashMap<>(workedExampleScores());
    scores.put(B, Map.of("Quality of service", List.of(6)));
    assertThatThrownBy(() -> RankingCalculator.compute(TENDER, 1, AT, 10, CRITERIA, workedExampleBids(), scores))
        .isInstanceOfSatisfying(BusinessRuleViolation.class,
            e -> assertThat(e.getRule()).isEqualTo("evaluation.bid-unscored"));
    assertThatThrownBy(() -> RankingCalculator.compute(TENDER, 1, AT, 10, CRITERIA, List.of(), Map.of()))
        .isInstanceOfSatisfying(BusinessRuleViolation.class,
            e -> assertThat(e.getRule()).isEqualTo("evaluation.no-compliant-bid"));
  }
}
