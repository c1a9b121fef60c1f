package org.coproduce.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.panel.PanelService;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TenderFixture;
import org.coproduce.testsupport.TenderFixture.Opened;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evaluation on PostgreSQL through the real services: a tender published, bids submitted over the
 * supplier API, opened by two people, then compliance, conflicts, blind scoring, moderation and
 * the ranking recomputed from the raw data.
 */
@PostgresIntegrationTest
class EvaluationIT {

  static final String ALDER = "ev-alder";
  static final String BIRCH = "ev-birch";
  static final String CEDAR = "ev-cedar";

  @Autowired ApplicationContext context;
  @Autowired EvaluationService evaluation;
  @Autowired PanelService panels;
  @Autowired DecisionRecord record;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;

  TenderFixture fx;

  @BeforeEach
  void setUp() {
    fx = TenderFixture.of(context);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void complianceOfOpenedBidsOnlyWithAReasonOnceRecorded() {
    TenderFixture.PanelCase panelCase = fx.panelCase("Compliance case");
    UUID tenderId = fx.publish(panelCase, "Compliance tender");
    UUID alder = fx.bid(tenderId, ALDER, "100000.00");
    assertRule(() -> evaluation.openedBidIds(tenderId), "bidding.sealed");
    assertRule(() -> evaluation.recordCompliance(tenderId, alder, TenderFixture.OFFICER, true, "Complete"),
        "bidding.sealed");
    UUID birch = fx.bid(tenderId, BIRCH, "90000.00");
    fx.open(panelCase, tenderId);

    assertThat(evaluation.openedBidIds(tenderId)).containsExactly(alder, birch);
    assertThat(evaluation.bids(tenderId)).extracting(EvaluatedBid::price).usingElementComparator(
        java.math.BigDecimal::compareTo).containsExactly(new java.math.BigDecimal("100000"),
        new java.math.BigDecimal("90000"));
    assertThat(evaluation.bidderName(birch)).isEqualTo(BIRCH);
    assertThat(evaluation.isBidder(tenderId, ALDER)).isTrue();
    assertThat(evaluation.isBidder(tenderId, CEDAR)).isFalse();
    assertThat(evaluation.anyCompliant(tenderId)).isFalse();

    assertRule(() -> evaluation.recordCompliance(tenderId, alder, TenderFixture.OFFICER, false, "  "),
        "evaluation.reason-required");
    assertRule(() -> evaluation.recordCompliance(tenderId, UUID.randomUUID(), TenderFixture.OFFICER, true, "Fine"),
        "evaluation.unknown-bid");
    evaluation.recordCompliance(tenderId, alder, TenderFixture.OFFICER, false, "No insurance certificate.");
    evaluation.recordCompliance(tenderId, birch, TenderFixture.OFFICER, true, "All documents present.");
    assertRule(() -> evaluation.recordCompliance(tenderId, alder, TenderFixture.OFFICER, true, "Found it after all"),
        "evaluation.compliance-decided");

    assertThat(evaluation.compliantBidIds(tenderId)).containsExactly(birch);
    assertThat(evaluation.anyCompliant(tenderId)).isTrue();
    assertThat(evaluation.compliance(tenderId)).extracting(ComplianceView::supplierId, ComplianceView::compliant,
        ComplianceView::reason).containsExactly(
            org.assertj.core.groups.Tuple.tuple(ALDER, false, "No insurance certificate."),
            org.assertj.core.groups.Tuple.tuple(BIRCH, true, "All documents present."));
    RecordedDecision refused = decisions(panelCase.caseRef(), "evaluation.compliance").get(0);
    assertThat(refused.actor()).isEqualTo(TenderFixture.OFFICER);
    assertThat(refused.outcome()).isEqualTo("not compliant: " + ALDER);
    assertThat(refused.details()).contains("No insurance certificate.");
  }

  @Test
  void aConflictExcludesTheEvaluatorForThatBidderOnly() {
    Opened t = fx.openedTender("Conflict case", Map.of(ALDER, "100000.00", BIRCH, "95000.00", CEDAR, "99000.00"));
    fx.checkCompliance(t, CEDAR);
    String conflicted = t.panelCase().member();
    String other = t.members().stream().filter(m -> !m.equals(conflicted)).findFirst().orElseThrow();

    assertRule(() -> evaluation.declareBidderConflict(t.tenderId(), conflicted, t.bidOf(ALDER), true, " "),
        "evaluation.conflict-details-required");
    evaluation.declareBidderConflict(t.tenderId(), conflicted, t.bidOf(ALDER), true, "I advised " + ALDER + " last year");
    evaluation.declareBidderConflict(t.tenderId(), conflicted, t.bidOf(BIRCH), false, null);
    assertRule(() -> evaluation.declareBidderConflict(t.tenderId(), "ev-stranger", t.bidOf(BIRCH), false, null),
        "evaluation.not-an-evaluator");
    assertThat(panels.hasDeclaredConflict(t.caseRef(), conflicted, ALDER)).isTrue();

    assertThat(evaluation.evaluators(t.tenderId())).containsExactlyInAnyOrderElementsOf(t.members());
    assertThat(evaluation.bidsToScore(t.tenderId(), conflicted)).containsExactly(t.bidOf(BIRCH));
    assertThat(evaluation.bidsToScore(t.tenderId(), other)).containsExactlyInAnyOrder(t.bidOf(ALDER), t.bidOf(BIRCH));
    assertThat(evaluation.bidsToScore(t.tenderId(), "ev-stranger")).isEmpty();

    assertRule(() -> score(t, conflicted, ALDER, 5), "evaluation.conflict");
    score(t, conflicted, BIRCH, 6);
    assertThat(evaluation.ownScores(t.tenderId(), conflicted)).extracting(ScoreView::supplierId).containsOnly(BIRCH);

    // The other evaluator must declare about each bidder before scoring it.
    assertRule(() -> score(t, other, ALDER, 5), "evaluation.declaration-required");
    evaluation.declareBidderConflict(t.tenderId(), other, t.bidOf(ALDER), false, null);
    score(t, other, ALDER, 5);
    assertRule(() -> score(t, other, ALDER, 7), "evaluation.already-scored");
    assertRule(() -> score(t, other, CEDAR, 5), "evaluation.not-compliant");
    assertRule(() -> score(t, "ev-stranger", BIRCH, 5), "evaluation.not-an-evaluator");
    // A conflict found after scoring is not a silent withdrawal of the scores.
    assertRule(() -> evaluation.declareBidderConflict(t.tenderId(), other, t.bidOf(ALDER), true, "Just remembered"),
        "evaluation.already-scored");

    assertThat(decisions(t.caseRef(), "panel.conflict-declared")).extracting(RecordedDecision::outcome)
        .contains("conflict with bidder " + ALDER, "no conflict with bidder " + BIRCH);
  }

  @Test
  void scoresAreValidatedAgainstTheCriteriaTheScaleAndTheJustification() {
    Opened t = fx.openedTender("Validation case", Map.of(ALDER, "100000.00"));
    fx.checkCompliance(t);
    fx.declareNoConflicts(t);
    String member = t.panelCase().member();
    UUID bid = t.bidOf(ALDER);
    String ok = "A clear staffing plan with named carers.";

    assertThat(evaluation.scoredCriteria(t.tenderId())).extracting(ScoredCriterion::name)
        .containsExactly("Quality of service", "Social value");
    assertThat(evaluation.scaleMax(t.tenderId())).isEqualTo(10);
    assertRule(() -> evaluation.scoreBid(t.tenderId(), bid, member,
        List.of(new CriterionScore("Quality of service", 5, ok))), "evaluation.criteria-mismatch");
    assertRule(() -> evaluation.scoreBid(t.tenderId(), bid, member, List.of(new CriterionScore("Quality of service", 5,
        ok), new CriterionScore("Quality of service", 6, ok))), "evaluation.criteria-mismatch");
    assertRule(() -> evaluation.scoreBid(t.tenderId(), bid, member, List.of(new CriterionScore("Quality of service", 5,
        ok), new CriterionScore("Price", 6, ok))), "evaluation.criteria-mismatch");
    assertRule(() -> evaluation.scoreBid(t.tenderId(), bid, member, List.of(new CriterionScore("Quality of service", 11,
        ok), new CriterionScore("Social value", 6, ok))), "evaluation.score-range");
    assertRule(() -> evaluation.scoreBid(t.tenderId(), bid, member, List.of(new CriterionScore("Quality of service", -1,
        ok), new CriterionScore("Social value", 6, ok))), "evaluation.score-range");
    assertRule(() -> evaluation.scoreBid(t.tenderId(), bid, member, List.of(new CriterionScore("Quality of service", 5,
        ok), new CriterionScore("Social value", 6, "Good."))), "evaluation.justification-required");
    assertThat(evaluation.ownScores(t.tenderId(), member)).as("nothing stored of refused scores").isEmpty();

    evaluation.scoreBid(t.tenderId(), bid, member, List.of(new CriterionScore("Social value", 10, ok),
        new CriterionScore("Quality of service", 0, ok)));
    assertThat(evaluation.ownScores(t.tenderId(), member)).extracting(ScoreView::criterion, ScoreView::rawScore)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Quality of service", 0),
            org.assertj.core.groups.Tuple.tuple("Social value", 10));
  }

  @Test
  void scoresAreSealedUntilEveryEvaluatorHasScoredEveryBidTheyMay() {
    Opened t = fx.openedTender("Sealed case", Map.of(ALDER, "100000.00", BIRCH, "95000.00"));
    fx.checkCompliance(t);
    fx.declareNoConflicts(t);
    String last = t.members().get(t.members().size() - 1);
    String first = t.members().get(0);
    for (String member : t.members()) {
      score(t, member, ALDER, 7);
      if (!member.equals(last)) {
        score(t, member, BIRCH, 6);
      }
    }

    assertThat(evaluation.scoringComplete(t.tenderId())).isFalse();
    assertRule(() -> evaluation.scores(t.tenderId()), "evaluation.scores-sealed");
    assertRule(() -> evaluation.flagOutliers(t.tenderId()), "evaluation.scores-sealed");
    assertRule(() -> evaluation.rank(t.tenderId()), "evaluation.scores-sealed");
    assertRule(() -> evaluation.moderate(t.tenderId(), t.bidOf(ALDER), first, "Social value", 3,
        "Too generous", t.chair()), "evaluation.scores-sealed");
    // Each evaluator reads their own scores, and only their own.
    assertThat(evaluation.ownScores(t.tenderId(), first)).hasSize(4).extracting(ScoreView::evaluatorId)
        .containsOnly(first);
    // The public record proves each scoring without revealing the scores.
    RecordedDecision scored = decisions(t.caseRef(), "evaluation.scored").get(0);
    assertThat(scored.details()).contains("scoresSha256").doesNotContain("convincing");

    score(t, last, BIRCH, 6);
    assertThat(evaluation.scoringComplete(t.tenderId())).isTrue();
    assertThat(evaluation.scores(t.tenderId())).hasSize(t.members().size() * 2 * 2);
  }

  @Test
  void moderationIsRecordedWithItsReasonKeepsTheRawScoreAndTheRankingFollowsFromTheRawData() {
    Opened t = fx.openedTender("Moderation case", Map.of(ALDER, "100000.00", BIRCH, "80000.00"));
    String harsh = t.panelCase().member();
    // Everyone gives alder 8 and birch 6, but one evaluator gives alder 2: a spread of 6.
    fx.evaluate(t, (member, supplier) -> supplier.equals(ALDER) ? (member.equals(harsh) ? 2 : 8) : 6);

    List<Outlier> outliers = evaluation.flagOutliers(t.tenderId());
    assertThat(outliers).extracting(Outlier::supplierId, Outlier::criterion, Outlier::minScore, Outlier::maxScore,
        Outlier::spread).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ALDER, "Quality of service", 2, 8, 6),
            org.assertj.core.groups.Tuple.tuple(ALDER, "Social value", 2, 8, 6));
    assertThat(outliers.get(0).scores()).containsEntry(harsh, 2).hasSize(t.members().size());
    assertThat(jdbc.queryForObject("select count(*) from evaluation_outlier where tender_id = ?", Integer.class,
        t.tenderId())).isEqualTo(2);
    assertThat(decisions(t.caseRef(), "evaluation.outliers-flagged")).hasSize(1);

    Ranking first = evaluation.rank(t.tenderId());
    assertThat(first.round()).isEqualTo(1);
    assertThat(evaluation.evaluationRound(t.tenderId())).isEqualTo(1);

    assertRule(() -> evaluation.moderate(t.tenderId(), t.bidOf(ALDER), harsh, "Quality of service", 7,
        "Misread the staffing plan", harsh), "evaluation.chair-only");
    assertRule(() -> evaluation.moderate(t.tenderId(), t.bidOf(ALDER), harsh, "Quality of service", 7, " ",
        t.chair()), "evaluation.reason-required");
    assertRule(() -> evaluation.moderate(t.tenderId(), t.bidOf(ALDER), harsh, "Quality of service", 2,
        "No change", t.chair()), "evaluation.moderation-unchanged");
    evaluation.moderate(t.tenderId(), t.bidOf(ALDER), harsh, "Quality of service", 7,
        "The evaluator misread the staffing plan", t.chair());

    ScoreView moderated = evaluation.scores(t.tenderId()).stream()
        .filter(s -> s.evaluatorId().equals(harsh) && s.supplierId().equals(ALDER)
            && s.criterion().equals("Quality of service")).findFirst().orElseThrow();
    assertThat(moderated.rawScore()).isEqualTo(2);
    assertThat(moderated.currentScore()).isEqualTo(7);
    assertThat(jdbc.queryForObject("select score from evaluation_score where bid_id = ? and evaluator_id = ? "
        + "and criterion = 'Quality of service'", Integer.class, t.bidOf(ALDER), harsh)).isEqualTo(2);
    assertThat(evaluation.moderations(t.tenderId())).singleElement().satisfies(m -> {
      assertThat(m.fromScore()).isEqualTo(2);
      assertThat(m.toScore()).isEqualTo(7);
      assertThat(m.reason()).isEqualTo("The evaluator misread the staffing plan");
      assertThat(m.moderatedBy()).isEqualTo(t.chair());
      assertThat(m.round()).isEqualTo(2);
    });
    RecordedDecision recorded = decisions(t.caseRef(), "evaluation.moderated").get(0);
    assertThat(recorded.actor()).isEqualTo(t.chair());
    assertThat(recorded.outcome()).contains("2 -> 7");
    assertThat(recorded.details()).contains("The evaluator misread the staffing plan").contains("\"rawScore\":2");

    // The next ranking is a new round with the moderated score; the first still recomputes as it was.
    Ranking second = evaluation.rank(t.tenderId());
    assertThat(second.round()).isEqualTo(2);
    assertThat(evaluation.evaluationRound(t.tenderId())).isEqualTo(2);
    assertThat(second.bid(t.bidOf(ALDER)).orElseThrow().total())
        .isGreaterThan(first.bid(t.bidOf(ALDER)).orElseThrow().total());
    assertThat(evaluation.ranking(t.tenderId())).isEqualTo(second);
    assertThat(evaluation.ranking(t.tenderId(), 1)).isEqualTo(first);
    assertThat(decisions(t.caseRef(), "evaluation.ranked")).extracting(RecordedDecision::details)
        .anySatisfy(d -> assertThat(d).contains(first.digest()))
        .anySatisfy(d -> assertThat(d).contains(second.digest()));

    // Scoring closed with the first ranking.
    assertRule(() -> score(t, harsh, BIRCH, 9), "evaluation.scoring-closed");

    // A raw score changed behind the application's back no longer gives the recorded ranking.
    jdbc.update("update evaluation_score set score = 10 where bid_id = ? and evaluator_id = ?", t.bidOf(BIRCH), harsh);
    assertThatThrownBy(() -> evaluation.ranking(t.tenderId())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no longer follows from the stored scores");
  }

  private void score(Opened t, String member, String supplier, int score) {
    evaluation.scoreBid(t.tenderId(), t.bidOf(supplier), member, evaluation.scoredCriteria(t.tenderId()).stream()
        .map(c -> new CriterionScore(c.name(), score, member + " judged " + c.name() + " carefully.")).toList());
  }

  private List<RecordedDecision> decisions(String caseRef, String action) {
    return record.ofCase(caseRef).stream().filter(d -> d.action().equals(action)).toList();
  }

  private static void assertRule(Runnable call, String rule) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleViolation.class,
        e -> assertThat(e.getRule()).as(e.getMessage()).isEqualTo(rule));
  }
}
