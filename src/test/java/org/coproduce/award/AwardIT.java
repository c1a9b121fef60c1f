package org.coproduce.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.coproduce.testsupport.TenderFixture.APPROVER;
import static org.coproduce.testsupport.TenderFixture.OFFICER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.award.internal.AwardProperties;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.codesign.VoteTally;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CaseStatus;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.evaluation.Ranking;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelService;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderStatus;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TenderFixture;
import org.coproduce.testsupport.TenderFixture.Opened;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * From the ranking to the contract on PostgreSQL, through the real services and the supplier API:
 * recommendation by double majority, approval (never the case officer, never above the budget),
 * the standstill from configuration, challenges only from bidders during it, the contract only
 * after it, and the award decision every bidder is told.
 */
@PostgresIntegrationTest
@RecordApplicationEvents
class AwardIT {

  static final String ALDER = "aw-alder";
  static final String BIRCH = "aw-birch";
  static final String CEDAR = "aw-cedar";
  static final String OUTSIDER = "aw-outsider";
  static final String QUALITY = "Quality of service";

  @Autowired ApplicationContext context;
  @Autowired AwardService awards;
  @Autowired EvaluationService evaluation;
  @Autowired PanelVoting voting;
  @Autowired PanelService panels;
  @Autowired TenderService tenders;
  @Autowired CaseService cases;
  @Autowired DecisionRecord record;
  @Autowired AwardProperties properties;
  @Autowired TestClock clock;
  @Autowired TestRestTemplate http;
  @Autowired ApplicationEvents events;
  final ObjectMapper json = new ObjectMapper();

  TenderFixture fx;

  @BeforeEach
  void setUp() {
    fx = TenderFixture.of(context);
    fx.supplier(OUTSIDER);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void approvalNeedsThePanelsRecommendationNeverTheCaseOfficerAndNeverAnAwardAboveTheBudget() {
    // Alder is better but costs more than the 250000 committed; birch fits the budget.
    Opened t = fx.openedTender("Approval case", Map.of(ALDER, "260000.00", BIRCH, "200000.00"));
    String moderated1 = t.members().get(0);
    String moderated2 = t.members().get(1);
    fx.evaluate(t, (member, supplier) -> supplier.equals(ALDER) ? 8 : 6);
    Ranking first = evaluation.rank(t.tenderId());
    assertThat(first.recommendedSupplierId()).isEqualTo(ALDER);
    assertThat(awards.contractValue(t.tenderId())).isEqualByComparingTo("260000");

    assertRule(() -> awards.approve(t.tenderId(), APPROVER, true, null), "award.no-recommendation");
    voteAll(t, 1, true);
    VoteTally tally = awards.concludeRecommendationVote(t.tenderId());
    assertThat(tally.passed()).isTrue();
    assertThat(tally.subjectVersion()).isEqualTo(1);
    assertRule(() -> awards.concludeRecommendationVote(t.tenderId()), "award.recommendation-concluded");

    assertRule(() -> awards.approve(t.tenderId(), OFFICER, true, null), "segregation-of-duties");
    assertRule(() -> awards.approve(t.tenderId(), APPROVER, false, "  "), "award.reason-required");
    assertRule(() -> awards.approve(t.tenderId(), APPROVER, true, null), "budget.above-commitment");
    assertThat(awards.approve(t.tenderId(), APPROVER, false, "Above the budget committed for the case")).isFalse();
    assertRule(() -> awards.approve(t.tenderId(), APPROVER, true, null), "award.already-decided");
    assertRule(() -> awards.startStandstill(t.tenderId()), "award.not-approved");
    assertRule(() -> awards.decisionFor(t.tenderId()), "award.not-approved");
    RecordedDecision refused = decisions(t.caseRef(), "award.refused").get(0);
    assertThat(refused.actor()).isEqualTo(APPROVER);
    assertThat(refused.details()).contains("Above the budget committed for the case").contains("260000.00");

    // Back to moderation: two quality scores of alder were too generous; birch now comes first.
    evaluation.moderate(t.tenderId(), t.bidOf(ALDER), moderated1, QUALITY, 4, "The staffing plan has gaps", t.chair());
    evaluation.moderate(t.tenderId(), t.bidOf(ALDER), moderated2, QUALITY, 4, "The staffing plan has gaps", t.chair());
    Ranking second = evaluation.rank(t.tenderId());
    assertThat(second.round()).isEqualTo(2);
    assertThat(second.recommendedSupplierId()).isEqualTo(BIRCH);

    // The officials object: no double majority, nothing to approve; the panel reconsiders.
    voteAll(t, 2, false);
    assertThat(awards.concludeRecommendationVote(t.tenderId()).passed()).isFalse();
    assertRule(() -> awards.approve(t.tenderId(), APPROVER, true, null), "award.no-recommendation");

    Ranking third = evaluation.rank(t.tenderId());
    assertThat(third.round()).isEqualTo(3);
    voteAll(t, 3, true);
    assertThat(awards.concludeRecommendationVote(t.tenderId()).passed()).isTrue();
    assertThat(awards.contractValue(t.tenderId())).isEqualByComparingTo("200000");
    assertThat(awards.approve(t.tenderId(), APPROVER, true, null)).isTrue();
    assertThat(decisions(t.caseRef(), "award.recommendation")).extracting(RecordedDecision::outcome)
        .anySatisfy(o -> assertThat(o).startsWith("recommended " + ALDER))
        .anySatisfy(o -> assertThat(o).startsWith("not recommended " + BIRCH))
        .anySatisfy(o -> assertThat(o).startsWith("recommended " + BIRCH));
    assertThat(decisions(t.caseRef(), "award.approved")).singleElement()
        .satisfies(d -> assertThat(d.details()).contains("\"round\":3").contains("200000.00"));
  }

  @Test
  void theStandstillEndsAfterTheConfiguredPeriodAndOnlyBiddersChallengeDuringItThroughTheApi() throws Exception {
    Opened t = approvedTender("Challenge case");
    ResponseEntity<String> early = challenge(BIRCH, BIRCH, t.tenderId(), "The price was scored wrongly");
    assertProblem(early, HttpStatus.UNPROCESSABLE_ENTITY, "award.challenge-outside-standstill");
    assertRule(() -> awards.standstillEnd(t.tenderId()), "award.standstill-not-started");

    Instant start = clock.instant();
    Instant end = awards.startStandstill(t.tenderId());
    assertThat(properties.standstill()).isEqualTo(Duration.ofDays(10));
    assertThat(end).isEqualTo(start.plus(properties.standstill())).isEqualTo(start.plus(Duration.ofDays(10)));
    assertThat(awards.standstillEnd(t.tenderId())).isEqualTo(end);
    clock.setTo(start.plusSeconds(60));
    assertThat(awards.startStandstill(t.tenderId())).as("started once per round").isEqualTo(end);
    assertThat(decisions(t.caseRef(), "award.standstill-started")).singleElement()
        .satisfies(d -> assertThat(d.details()).contains(end.toString()).contains("P10D"));

    assertProblem(challenge(OUTSIDER, OUTSIDER, t.tenderId(), "I would have bid"), HttpStatus.FORBIDDEN,
        "award.not-a-bidder");
    assertThat(challenge(OFFICER, TenderFixture.PASSWORD, t.tenderId(), "Not a supplier").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.exchange("/api/tenders/" + t.tenderId() + "/challenges", HttpMethod.POST,
        new HttpEntity<>(Map.of("grounds", "anonymous"), jsonHeaders()), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(challenge(BIRCH, BIRCH, t.tenderId(), " ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(awards.openChallenge(t.tenderId())).isFalse();

    clock.setTo(end.minusMillis(1));
    ResponseEntity<String> lodged = challenge(BIRCH, BIRCH, t.tenderId(), "The price was scored wrongly");
    assertThat(lodged.getStatusCode()).as(lodged.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(lodged.getBody());
    assertThat(body.get("supplierId").asText()).isEqualTo(BIRCH);
    assertThat(body.get("status").asText()).isEqualTo("OPEN");
    assertThat(body.get("round").asInt()).isEqualTo(1);
    assertThat(lodged.getHeaders().getLocation()).hasToString("/api/tenders/" + t.tenderId() + "/challenges/"
        + body.get("id").asText());
    assertThat(awards.openChallenge(t.tenderId())).isTrue();
    assertThat(json.readTree(get(BIRCH, "/api/tenders/" + t.tenderId() + "/challenges").getBody())).hasSize(1);
    assertThat(json.readTree(get(ALDER, "/api/tenders/" + t.tenderId() + "/challenges").getBody())).isEmpty();

    // The engine learns of a challenge through an event published in the challenge's transaction.
    ChallengeView second = awards.lodgeChallenge(t.tenderId(), ALDER, "The moderation was unfair");
    assertThat(events.stream(ChallengeLodged.class))
        .containsExactly(new ChallengeLodged(t.tenderId(), second.id()));

    clock.setTo(end);
    assertProblem(challenge(BIRCH, BIRCH, t.tenderId(), "Too late"), HttpStatus.UNPROCESSABLE_ENTITY,
        "award.challenge-outside-standstill");
    clock.setTo(end.plus(Duration.ofDays(1)));
    assertRule(() -> awards.lodgeChallenge(t.tenderId(), BIRCH, "Much too late"), "award.challenge-outside-standstill");

    // The challenges suspend the award beyond the standstill's end until they are decided.
    assertRule(() -> awards.awardContract(t.tenderId(), "system"), "award.challenge-open");
    assertRule(() -> awards.decideChallenge(t.tenderId(), OFFICER, false, "No merit"), "segregation-of-duties");
    assertRule(() -> awards.decideChallenge(t.tenderId(), APPROVER, false, " "), "award.reason-required");
    awards.decideChallenge(t.tenderId(), APPROVER, false, "The scores follow the published formula");
    assertThat(awards.challenges(t.tenderId())).extracting(ChallengeView::supplierId, ChallengeView::status,
        ChallengeView::decidedBy).containsExactlyInAnyOrder(tuple(BIRCH, ChallengeStatus.DISMISSED, APPROVER),
            tuple(ALDER, ChallengeStatus.DISMISSED, APPROVER));
    assertThat(awards.openChallenge(t.tenderId())).isFalse();
    assertRule(() -> awards.decideChallenge(t.tenderId(), APPROVER, true, "Again"), "award.no-open-challenge");
    assertThat(decisions(t.caseRef(), "award.challenge-lodged")).hasSize(2)
        .allSatisfy(d -> assertThat(d.details()).contains("groundsSha256").doesNotContain("scored wrongly"));
    assertThat(decisions(t.caseRef(), "award.challenge-dismissed")).hasSize(1);

    assertThat(awards.awardContract(t.tenderId(), "system").supplierId()).isEqualTo(ALDER);
  }

  @Test
  void noContractBeforeTheStandstillEndsAndTheCaseIsAwardedAfter() {
    Opened t = approvedTender("Contract case");
    assertRule(() -> awards.awardContract(t.tenderId(), "system"), "award.standstill-not-started");
    Instant end = awards.startStandstill(t.tenderId());

    clock.setTo(end.minusMillis(1));
    assertRule(() -> awards.awardContract(t.tenderId(), "system"), "award.standstill");
    assertThat(awards.contract(t.tenderId())).isEmpty();
    assertThat(tenders.get(t.tenderId()).status()).isEqualTo(TenderStatus.OPENED);

    clock.setTo(end);
    ContractView contract = awards.awardContract(t.tenderId(), "system");

    assertThat(contract.supplierId()).isEqualTo(ALDER);
    assertThat(contract.bidId()).isEqualTo(t.bidOf(ALDER));
    assertThat(contract.value()).isEqualByComparingTo("100000");
    assertThat(contract.currency()).isEqualTo("CAD");
    assertThat(contract.round()).isEqualTo(1);
    assertThat(contract.startDate()).isEqualTo(t.panelCase().targetServiceStart());
    assertThat(contract.endDate()).isEqualTo(t.panelCase().targetServiceStart()
        .plusMonths(TenderFixture.DURATION_MONTHS).minusDays(1));
    assertThat(contract.awardedAt()).isEqualTo(end);
    assertThat(awards.contract(t.tenderId())).contains(contract);
    assertThat(awards.contractEnd(t.caseRef()))
        .isEqualTo(contract.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(tenders.get(t.tenderId()).status()).isEqualTo(TenderStatus.AWARDED);
    assertThat(cases.get(t.caseRef()).getStatus()).isEqualTo(CaseStatus.AWARDED);
    assertThat(events.stream(ContractAwarded.class))
        .containsExactly(new ContractAwarded(t.tenderId(), t.caseRef(), contract.id()));
    assertThat(record.ofCase(t.caseRef())).extracting(RecordedDecision::action)
        .containsSubsequence("award.recommendation", "award.approved", "award.standstill-started",
            "tender.awarded", "case.status-changed", "award.contract-awarded");
    assertThat(decisions(t.caseRef(), "award.contract-awarded")).singleElement()
        .satisfies(d -> assertThat(d.details()).contains(contract.id().toString()).contains("100000.00"));

    assertRule(() -> awards.awardContract(t.tenderId(), "system"), "award.already-awarded");
    assertRule(() -> awards.lodgeChallenge(t.tenderId(), BIRCH, "After the award"),
        "award.challenge-outside-standstill");
    assertRule(() -> evaluation.rank(t.tenderId()), "evaluation.closed");
  }

  @Test
  void anUpheldChallengeSendsTheTenderBackToEvaluationAndANewRound() {
    Opened t = approvedTender("Upheld case");
    Instant end = awards.startStandstill(t.tenderId());
    awards.lodgeChallenge(t.tenderId(), BIRCH, "Evaluator scores of our social value were inconsistent");
    awards.decideChallenge(t.tenderId(), APPROVER, true, "The social value scores were inconsistent");
    assertThat(decisions(t.caseRef(), "award.challenge-upheld")).hasSize(1);
    assertRule(() -> awards.lodgeChallenge(t.tenderId(), ALDER, "Me too"), "award.challenge-outside-standstill");
    clock.setTo(end);
    assertRule(() -> awards.awardContract(t.tenderId(), "system"), "award.challenge-upheld");

    // The chair moderates again; the new ranking is round 2 with its own vote, approval and standstill.
    String evaluator = t.members().get(0);
    evaluation.moderate(t.tenderId(), t.bidOf(BIRCH), evaluator, "Social value", 9,
        "Scored again against the published criterion", t.chair());
    Ranking second = evaluation.rank(t.tenderId());
    assertThat(second.round()).isEqualTo(2);
    assertRule(() -> awards.standstillEnd(t.tenderId()), "award.standstill-not-started");
    assertRule(() -> awards.awardContract(t.tenderId(), "system"), "award.not-approved");
    voteAll(t, 2, true);
    assertThat(awards.concludeRecommendationVote(t.tenderId()).passed()).isTrue();
    assertThat(awards.approve(t.tenderId(), APPROVER, true, "Reviewed after the challenge")).isTrue();
    assertThat(awards.decisionFor(t.tenderId()).round()).isEqualTo(2);
    Instant secondEnd = awards.startStandstill(t.tenderId());
    assertThat(secondEnd).isEqualTo(end.plus(properties.standstill()));
    clock.setTo(secondEnd);
    assertThat(awards.awardContract(t.tenderId(), "system").round()).isEqualTo(2);
  }

  @Test
  void theDecisionTellsEveryBidderTheirScoresRankAndReasonsAndEachSupplierReadsOnlyItsOwn() throws Exception {
    Opened t = fx.openedTender("Decision case", Map.of(ALDER, "100000.00", BIRCH, "80000.00", CEDAR, "70000.00"));
    String generous = t.members().get(0);
    fx.evaluate(t, (member, supplier) -> supplier.equals(ALDER) ? 8 : (member.equals(generous) ? 10 : 5), CEDAR);
    evaluation.moderate(t.tenderId(), t.bidOf(BIRCH), generous, QUALITY, 6, "Out of line with the published scale",
        t.chair());
    evaluation.rank(t.tenderId());
    voteAll(t, 1, true);
    awards.concludeRecommendationVote(t.tenderId());
    assertRule(() -> awards.decisionFor(t.tenderId()), "award.not-approved");
    awards.approve(t.tenderId(), APPROVER, true, null);

    AwardDecision decision = awards.decisionFor(t.tenderId());
    assertThat(decision.caseRef()).isEqualTo(t.caseRef());
    assertThat(decision.tenderTitle()).isEqualTo("Decision case");
    assertThat(decision.ocid()).isEqualTo(tenders.get(t.tenderId()).ocid());
    assertThat(decision.round()).isEqualTo(1);
    assertThat(decision.scaleMax()).isEqualTo(10);
    assertThat(decision.approvedBy()).isEqualTo(APPROVER);
    assertThat(decision.standstillStarted()).isFalse();
    assertThat(decision.standstillEnd()).isEqualTo(clock.instant().plus(properties.standstill()));
    assertThat(decision.winner().supplierId()).isEqualTo(ALDER);
    assertThat(decision.bidders()).extracting(AwardDecision.BidderResult::supplierId,
        AwardDecision.BidderResult::compliant, AwardDecision.BidderResult::rank)
        .containsExactly(tuple(ALDER, true, 1), tuple(BIRCH, true, 2), tuple(CEDAR, false, null));

    AwardDecision.BidderResult alder = decision.winner();
    assertThat(alder.price()).isEqualByComparingTo("100000");
    assertThat(alder.scores()).extracting(AwardDecision.CriterionScore::criterion)
        .containsExactly(QUALITY, "Price", "Social value");
    assertThat(alder.scores().get(0).score()).isEqualByComparingTo("8.00");
    assertThat(alder.scores().get(0).points()).isEqualByComparingTo("40.00");
    assertThat(alder.scores().get(0).justificationSummary()).contains("convincing for " + ALDER);
    // Price: 80000 x 35 / 100000 = 28.00 points, 8.00 on the scale of 10.
    assertThat(alder.scores().get(1).points()).isEqualByComparingTo("28.00");
    assertThat(alder.scores().get(1).score()).isEqualByComparingTo("8.00");
    assertThat(alder.pricePoints()).isEqualByComparingTo("28.00");
    assertThat(alder.total()).isEqualByComparingTo("80.00");
    assertThat(alder.reasons()).contains("ranked first of 2");

    AwardDecision.BidderResult birch = decision.bidders().get(1);
    assertThat(birch.total()).isLessThan(alder.total());
    assertThat(birch.scores().get(0).justificationSummary()).contains("Out of line with the published scale")
        .doesNotContain(generous);
    assertThat(birch.reasons()).contains("ranked 2 of 2").contains(alder.total().toPlainString())
        .contains("moderated 1 score");

    AwardDecision.BidderResult cedar = decision.bidders().get(2);
    assertThat(cedar.scores()).isEmpty();
    assertThat(cedar.total()).isNull();
    assertThat(cedar.reasons()).contains("not compliant").contains("The method statement is missing.");

    // Suppliers read their own result only once the decision is notified (its standstill started).
    String path = "/api/tenders/" + t.tenderId() + "/award-result";
    assertThat(get(ALDER, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Instant end = awards.startStandstill(t.tenderId());
    assertThat(awards.decisionFor(t.tenderId()).standstillEnd()).isEqualTo(end);
    JsonNode own = json.readTree(get(BIRCH, path).getBody());
    assertThat(own.get("yours").get("supplierId").asText()).isEqualTo(BIRCH);
    assertThat(own.get("yours").get("rank").asInt()).isEqualTo(2);
    assertThat(own.get("recommendedSupplierId").asText()).isEqualTo(ALDER);
    assertThat(own.toString()).doesNotContain(CEDAR).doesNotContain("convincing for " + ALDER);
    assertThat(json.readTree(get(CEDAR, path).getBody()).get("yours").get("compliant").asBoolean()).isFalse();
    assertThat(get(OUTSIDER, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  // ------------------------------------------------------------------ helpers

  /** Alder (100000, scored 8) before birch (120000, scored 6), recommended and approved in round 1. */
  private Opened approvedTender(String title) {
    Opened t = fx.openedTender(title, Map.of(ALDER, "100000.00", BIRCH, "120000.00"));
    fx.evaluate(t, (member, supplier) -> supplier.equals(ALDER) ? 8 : 6);
    assertThat(evaluation.rank(t.tenderId()).recommendedSupplierId()).isEqualTo(ALDER);
    voteAll(t, 1, true);
    assertThat(awards.concludeRecommendationVote(t.tenderId()).passed()).isTrue();
    assertThat(awards.approve(t.tenderId(), APPROVER, true, null)).isTrue();
    return t;
  }

  /** Every member votes; with {@code approve} false the officials object, so the double majority fails. */
  private void voteAll(Opened t, int round, boolean approve) {
    for (ActiveMember m : panels.activeMembers(t.caseRef())) {
      boolean yes = approve || m.kind() == MemberKind.CITIZEN;
      voting.cast(t.caseRef(), VoteSubject.RECOMMENDATION, round, m.userId(), yes, yes ? "" : "Reconsider the price");
    }
  }

  private ResponseEntity<String> challenge(String user, String password, UUID tenderId, String grounds) {
    return http.withBasicAuth(user, password).exchange("/api/tenders/" + tenderId + "/challenges", HttpMethod.POST,
        new HttpEntity<>(Map.of("grounds", grounds), jsonHeaders()), String.class);
  }

  private ResponseEntity<String> get(String supplier, String path) {
    return http.withBasicAuth(supplier, supplier).getForEntity(path, String.class);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private void assertProblem(ResponseEntity<String> response, HttpStatus status, String rule) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(response.getBody()).get("rule").asText()).isEqualTo(rule);
  }

  private List<RecordedDecision> decisions(String caseRef, String action) {
    return record.ofCase(caseRef).stream().filter(d -> d.action().equals(action)).toList();
  }

  private static void assertRule(Runnable call, String rule) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleViolation.class,
        e -> assertThat(e.getRule()).as(e.getMessage()).isEqualTo(rule));
  }
}
