package org.coproduce.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.evaluation.internal.RankingCalculatorTest.A;
import static org.coproduce.evaluation.internal.RankingCalculatorTest.AT;
import static org.coproduce.evaluation.internal.RankingCalculatorTest.B;
import static org.coproduce.evaluation.internal.RankingCalculatorTest.TENDER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.evaluation.Ranking;
import org.coproduce.evaluation.RankedBid;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.junit.jupiter.api.Test;

/** Moderation and recomputation: current scores from raw scores and moderations, up to a ranking's cut-offs. */
class RankingRecomputationTest {

  static final List<AwardCriterion> CRITERIA = List.of(
      new AwardCriterion("Quality", CriterionType.QUALITY, 60, null),
      new AwardCriterion("Price", CriterionType.PRICE, 40, null));
  static final List<RankingCalculator.BidInput> BIDS = List.of(
      new RankingCalculator.BidInput(A, "alder", new BigDecimal("100000.00"), AT),
      new RankingCalculator.BidInput(B, "birch", new BigDecimal("110000.00"), AT.plusSeconds(1)));

  final List<ScoreSheet.Raw> raw = new ArrayList<>(List.of(
      raw(1, A, "e1", 4), raw(2, A, "e2", 5),
      raw(3, B, "e1", 2), raw(4, B, "e2", 9)));
  final List<ScoreSheet.Change> changes = new ArrayList<>();

  @Test
  void aModerationReplacesTheRawScoreInTheRankingAndTheLatestOneCounts() {
    // Raw: alder 40 + 27 = 67.00; birch 36.36 + 33 = 69.36 -> birch first.
    Ranking before = rank(1, Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(before.bids()).extracting(RankedBid::supplierId).containsExactly("birch", "alder");
    assertThat(before.bid(B).orElseThrow().criteria().get(0).meanScore()).isEqualByComparingTo("5.50");

    // The chair moderates e1's 2 for birch to 6, then to 4: the latest counts (mean 6.5 -> 39.00).
    changes.add(new ScoreSheet.Change(10, new ScoreSheet.Key(B, "e1", "Quality"), 6));
    changes.add(new ScoreSheet.Change(11, new ScoreSheet.Key(B, "e1", "Quality"), 4));
    Map<ScoreSheet.Key, Integer> current = ScoreSheet.current(raw, changes, Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(current.get(new ScoreSheet.Key(B, "e1", "Quality"))).isEqualTo(4);
    assertThat(current.get(new ScoreSheet.Key(B, "e2", "Quality"))).isEqualTo(9);
    assertThat(raw).as("raw scores are untouched").contains(raw(3, B, "e1", 2));

    Ranking after = rank(2, Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(after.bid(B).orElseThrow().criteria().get(0).meanScore()).isEqualByComparingTo("6.50");
    assertThat(after.bid(B).orElseThrow().total()).isEqualByComparingTo("75.36");

    // Moderating alder up changes the order.
    changes.add(new ScoreSheet.Change(12, new ScoreSheet.Key(A, "e1", "Quality"), 9));
    changes.add(new ScoreSheet.Change(13, new ScoreSheet.Key(A, "e2", "Quality"), 9));
    assertThat(rank(3, Long.MAX_VALUE, Long.MAX_VALUE).bids()).extracting(RankedBid::supplierId)
        .containsExactly("alder", "birch");
  }

  @Test
  void aRankingRecomputedWithItsCutOffsIsIdenticalWhateverWasModeratedSince() {
    changes.add(new ScoreSheet.Change(10, new ScoreSheet.Key(B, "e1", "Quality"), 6));
    Ranking stored = rank(1, 4, 10);

    changes.add(new ScoreSheet.Change(11, new ScoreSheet.Key(B, "e1", "Quality"), 1));
    changes.add(new ScoreSheet.Change(12, new ScoreSheet.Key(A, "e2", "Quality"), 10));
    raw.add(raw(13, A, "e3", 10));

    Ranking recomputed = rank(1, 4, 10);
    assertThat(recomputed).isEqualTo(stored);
    assertThat(recomputed.digest()).isEqualTo(stored.digest());
    assertThat(rank(1, Long.MAX_VALUE, Long.MAX_VALUE).digest()).as("the later data gives another ranking")
        .isNotEqualTo(stored.digest());
  }

  @Test
  void aModerationOfAScoreNotIncludedIsIgnored() {
    changes.add(new ScoreSheet.Change(20, new ScoreSheet.Key(A, "nobody", "Quality"), 10));
    assertThat(ScoreSheet.current(raw, changes, Long.MAX_VALUE, Long.MAX_VALUE)).hasSize(4)
        .doesNotContainKey(new ScoreSheet.Key(A, "nobody", "Quality"));
  }

  private Ranking rank(int round, long scoreCutoff, long changeCutoff) {
    return RankingCalculator.compute(TENDER, round, AT, 10, CRITERIA, BIDS,
        ScoreSheet.byBidAndCriterion(ScoreSheet.current(raw, changes, scoreCutoff, changeCutoff)));
  }

  private static ScoreSheet.Raw raw(long id, java.util.UUID bid, String evaluator, int score) {
    return new ScoreSheet.Raw(id, new ScoreSheet.Key(bid, evaluator, "Quality"), score);
  }
}
