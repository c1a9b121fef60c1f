package org.coproduce.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.notification.AwardDecisionNotice.BidderResult;
import org.coproduce.notification.AwardDecisionNotice.CriterionScore;
import org.junit.jupiter.api.Test;

/** The texts of the award decision notices, written without sending anything. */
class AwardNoticesTest {

  static final UUID TENDER = UUID.fromString("7d2c1f0e-52a4-4d7e-9a53-0f0b8e3c1a11");
  static final Instant STANDSTILL_ENDS = Instant.parse("2026-05-12T17:00:00Z");

  private final AwardNotices notices = new AwardNotices(null,
      new NotificationProperties("noreply@city.example", "City", "https://coproduce.city.example/", Duration.ofMinutes(2)));

  /** Three ranked bidders and one whose bid was excluded; Alder wins. */
  static AwardDecisionNotice decision(UUID tenderId, int round, String... emails) {
    return new AwardDecisionNotice("C-2026-007", tenderId, "Home care in the east ward", "ocds-coproduce-C-2026-007",
        round, "supplier-alder", "Alder Care Ltd", new BigDecimal("82.50"), BigDecimal.TEN, STANDSTILL_ENDS, List.of(
            new BidderResult("supplier-birch", "Birch Services", emails[1], List.of(
                score("Quality of care", 40, "7", "Sound staffing plan, thin on night cover."),
                score("Price", 30, "8", null),
                score("Social value", 30, "6", "Few local apprenticeships.")),
                new BigDecimal("70.00"), 2,
                "The successful tender offered night cover in every ward and twice the local apprenticeships."),
            new BidderResult("supplier-alder", "Alder Care Ltd", emails[0], List.of(
                score("Quality of care", 40, "8.5", "ALDER-CONFIDENTIAL staffing detail."),
                score("Price", 30, "7", null),
                score("Social value", 30, "9", "Strong apprenticeship offer.")),
                new BigDecimal("82.5"), 1, "Highest weighted score on quality and social value."),
            new BidderResult("supplier-cedar", "Cedar Co-operative", emails[2], List.of(
                score("Quality of care", 40, "5", "CEDAR-ONLY justification."),
                score("Price", 30, "9", null),
                score("Social value", 30, "4", "Little social value.")),
                new BigDecimal("61.25"), 3, "CEDAR-ONLY reasons."),
            new BidderResult("supplier-dogwood", "Dogwood Health", emails[3], List.of(), null, null,
                "Your bid was excluded at the compliance check: the insurance certificate was missing.")));
  }

  static AwardDecisionNotice decision(UUID tenderId, int round) {
    return decision(tenderId, round, "bids@alder.example", "tenders@birch.example", "office@cedar.example",
        "bids@dogwood.example");
  }

  private static CriterionScore score(String criterion, int weight, String score, String justification) {
    return new CriterionScore(criterion, weight, new BigDecimal(score), justification);
  }

  @Test
  void oneNoticePerBidderTheWinnerFirstInOneBatch() {
    List<Notice> composed = notices.compose(decision(TENDER, 1));

    assertThat(composed).extracting(Notice::recipientUserId)
        .containsExactly("supplier-alder", "supplier-birch", "supplier-cedar", "supplier-dogwood");
    assertThat(composed).extracting(Notice::batchKey).containsOnly("award:" + TENDER + ":1");
    assertThat(composed).extracting(Notice::dedupKey).containsExactly("award:" + TENDER + ":1:supplier-alder",
        "award:" + TENDER + ":1:supplier-birch", "award:" + TENDER + ":1:supplier-cedar",
        "award:" + TENDER + ":1:supplier-dogwood");
    assertThat(composed).extracting(Notice::recipientEmail).containsExactly("bids@alder.example",
        "tenders@birch.example", "office@cedar.example", "bids@dogwood.example");
    assertThat(composed).extracting(Notice::caseRef).containsOnly("C-2026-007");
    assertThat(AwardNotices.batchKey(TENDER, 2)).isEqualTo("award:" + TENDER + ":2");
  }

  @Test
  void theWinnerIsToldOfTheIntentionToAwardTheStandstillAndHowToChallenge() {
    Notice winner = notices.compose(decision(TENDER, 1)).get(0);

    assertThat(winner.subject()).isEqualTo("Intention to award: Home care in the east ward (C-2026-007)");
    assertThat(winner.body())
        .startsWith("Dear Alder Care Ltd,")
        .contains("the city intends to award this contract to you")
        .contains("notice of intention to award, not the contract itself")
        .contains("weighted total score of 82.5")
        .contains("- Quality of care (weight 40%): 8.5.")
        .contains("standstill period ends on Tuesday 12 May 2026 at 17:00 UTC (2026-05-12T17:00:00Z)")
        .contains("POST https://coproduce.city.example/api/tenders/" + TENDER + "/challenges")
        .contains("Highest weighted score on quality and social value.")
        .doesNotContain("Birch").doesNotContain("Cedar").doesNotContain("Dogwood");
  }

  @Test
  void aLosingBidderGetsItsScoresTheWinnersScoresAndTheReasonsAndNothingOfOtherBidders() {
    Notice birch = notices.compose(decision(TENDER, 1)).get(1);

    assertThat(birch.subject()).isEqualTo("Outcome of your tender: Home care in the east ward (C-2026-007)");
    assertThat(birch.body())
        .startsWith("Dear Birch Services,")
        .contains("it was not successful")
        .contains("intends to award the contract to Alder Care Ltd, whose tender ranked first with a weighted "
            + "total score of 82.5")
        .contains("Your tender ranked 2 of 3, with a weighted total score of 70.")
        .contains("- Quality of care (weight 40%): yours 7, successful tender 8.5. Sound staffing plan, thin on night cover.")
        .contains("- Price (weight 30%): yours 8, successful tender 7.")
        .contains("- Social value (weight 30%): yours 6, successful tender 9. Few local apprenticeships.")
        .contains("Weighted total: yours 70, successful tender 82.5")
        .contains("Reasons for the decision:\nThe successful tender offered night cover in every ward and twice "
            + "the local apprenticeships.")
        .contains("will not be awarded before Tuesday 12 May 2026 at 17:00 UTC")
        .contains("POST https://coproduce.city.example/api/tenders/" + TENDER + "/challenges");
    // Other bidders' results, and the winner's own justifications, are none of Birch's business.
    assertThat(birch.body()).doesNotContain("Cedar").doesNotContain("CEDAR-ONLY").doesNotContain("Dogwood")
        .doesNotContain("ALDER-CONFIDENTIAL").doesNotContain("tenders@").doesNotContain("bids@");
  }

  @Test
  void anExcludedBidderLearnsWhyAndTheWinnersScores() {
    Notice dogwood = notices.compose(decision(TENDER, 1)).get(3);

    assertThat(dogwood.body())
        .contains("Your tender was not ranked")
        .contains("Your tender was not scored. The scores of the successful tender (each criterion out of 10) were:")
        .contains("- Quality of care (weight 40%): 8.5\n")
        .contains("the insurance certificate was missing")
        .contains("Tuesday 12 May 2026 at 17:00 UTC");
  }

  @Test
  void aLaterRoundSaysItReplacesTheEarlierDecision() {
    assertThat(notices.compose(decision(TENDER, 2)).get(1).body()).contains("round 2, replacing the earlier decision");
    assertThat(notices.compose(decision(TENDER, 1)).get(1).body()).doesNotContain("Award decision: round");
  }

  @Test
  void theWinnerMustBeOneOfTheBiddersRankedFirst() {
    AwardDecisionNotice good = decision(TENDER, 1);
    assertThatThrownBy(() -> new AwardDecisionNotice(good.caseRef(), TENDER, good.tenderTitle(), good.ocid(), 1,
        "supplier-elm", "Elm Ltd", good.winnerTotal(), BigDecimal.TEN, STANDSTILL_ENDS, good.bidders()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supplier-elm");
    assertThatThrownBy(() -> new AwardDecisionNotice(good.caseRef(), TENDER, good.tenderTitle(), good.ocid(), 1,
        "supplier-birch", "Birch Services", new BigDecimal("70"), BigDecimal.TEN, STANDSTILL_ENDS, good.bidders()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ranked first");
  }
}
