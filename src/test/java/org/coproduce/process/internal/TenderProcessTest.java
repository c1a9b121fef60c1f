package org.coproduce.process.internal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.coproduce.award.AwardService;
import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpenedBids;
import org.coproduce.bidding.OpeningCapacity;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.codesign.VoteTally;
import org.coproduce.commissioning.CaseService;
import org.coproduce.evaluation.CriterionScore;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.evaluation.Ranking;
import org.coproduce.tender.TenderPublication;
import org.coproduce.tender.TenderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * TenderProcess on an in-memory engine: the real delegates and listeners, the domain services and
 * the expression beans mocked, the award-authority DMN real, timers fired by executing their jobs.
 * The happy path in one test; every detour on its own.
 */
@Deployment(resources = {"processes/TenderProcess.bpmn", "processes/AwardAuthority.dmn"})
class TenderProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  static final String CASE = "C-2026-010";
  static final UUID TENDER = UUID.fromString("10000000-0000-0000-0000-000000000001");
  static final String BID_A = "20000000-0000-0000-0000-00000000000a";
  static final String BID_B = "20000000-0000-0000-0000-00000000000b";
  static final List<String> PANEL = List.of("citizen1", "citizen2", "official1", "official2");

  TenderPublication publication = mock(TenderPublication.class);
  TenderService tenders = mock(TenderService.class);
  BidOpening opening = mock(BidOpening.class);
  EvaluationService evaluation = mock(EvaluationService.class);
  AwardService awards = mock(AwardService.class);
  AwardNoticeDispatch notices = mock(AwardNoticeDispatch.class);
  PanelVoting voting = mock(PanelVoting.class);
  CaseService cases = mock(CaseService.class);
  PanelRosterExpressions panelRoster = mock(PanelRosterExpressions.class);
  TenderRosterExpressions tenderRoster = mock(TenderRosterExpressions.class);
  AwardRosterExpressions awardRoster = mock(AwardRosterExpressions.class);

  @BeforeEach
  void wire() {
    when(publication.publishForCase(eq(CASE), anyString())).thenReturn(TENDER);
    when(tenderRoster.submissionDeadline(TENDER.toString())).thenReturn(Date.from(Instant.now().plusSeconds(3600)));
    OpenedBids opened = mock(OpenedBids.class);
    when(opened.count()).thenReturn(2);
    when(opening.open(TENDER)).thenReturn(opened);
    when(tenderRoster.openedBidIds(TENDER.toString())).thenReturn(List.of(BID_A, BID_B));
    when(tenderRoster.compliantBidIds(TENDER.toString())).thenReturn(List.of(BID_A, BID_B));
    when(tenderRoster.evaluators(TENDER.toString())).thenReturn(PANEL);
    when(tenderRoster.bidsToScore(eq(TENDER.toString()), anyString())).thenReturn(List.of(BID_A, BID_B));
    when(tenderRoster.bidderName(anyString())).thenAnswer(call -> "supplier-" + call.getArgument(0));
    when(tenderRoster.scoreScale()).thenReturn(10);
    when(tenderRoster.scoredCriterion(TENDER.toString(), 1)).thenReturn("Quality of service");
    when(tenderRoster.scoredCriterion(TENDER.toString(), 2)).thenReturn("Social value");
    when(evaluation.anyCompliant(TENDER)).thenReturn(true);
    Ranking ranking = mock(Ranking.class);
    when(ranking.recommendedBidId()).thenReturn(UUID.fromString(BID_A));
    when(ranking.recommendedPrice()).thenReturn(new BigDecimal("180000"));
    when(evaluation.rank(TENDER)).thenReturn(ranking);
    when(evaluation.evaluationRound(TENDER)).thenReturn(1);
    when(awards.concludeRecommendationVote(TENDER)).thenReturn(tally(true));
    when(awards.approve(eq(TENDER), anyString(), anyBoolean(), any())).thenAnswer(call -> call.getArgument(2));
    when(awardRoster.standstillEnd(TENDER.toString())).thenReturn(Date.from(Instant.now().plusSeconds(864000)));
    when(panelRoster.memberIds(CASE)).thenReturn(PANEL);
    when(panelRoster.chair(CASE)).thenReturn("citizen1");

    Mocks.register("panelRoster", panelRoster);
    Mocks.register("tenderRoster", tenderRoster);
    Mocks.register("awardRoster", awardRoster);
    Mocks.register("publishTenderDelegate", new PublishTenderDelegate(publication));
    Mocks.register("closeSubmissionsDelegate", new CloseSubmissionsDelegate(tenders));
    Mocks.register("confirmOpeningListener", new ConfirmOpeningListener(opening));
    Mocks.register("witnessOpeningListener", new WitnessOpeningListener(opening));
    Mocks.register("openBidsDelegate", new OpenBidsDelegate(opening));
    Mocks.register("bidTaskLabelsListener", new BidTaskLabelsListener(tenderRoster));
    Mocks.register("checkComplianceListener", new CheckComplianceListener(evaluation));
    Mocks.register("countCompliantBidsDelegate", new CountCompliantBidsDelegate(evaluation));
    Mocks.register("declareBidderConflictListener", new DeclareBidderConflictListener(evaluation));
    Mocks.register("scoreBidListener", new ScoreBidListener(evaluation));
    Mocks.register("flagOutliersDelegate", new FlagOutliersDelegate(evaluation));
    Mocks.register("moderateScoresListener", new ModerateScoresListener(evaluation));
    Mocks.register("rankBidsDelegate", new RankBidsDelegate(evaluation));
    Mocks.register("recommendationVoteListener", new RecommendationVoteListener(voting));
    Mocks.register("countRecommendationVotesDelegate", new CountRecommendationVotesDelegate(awards));
    Mocks.register("awardSegregationListener", new AwardSegregationListener(cases));
    Mocks.register("approveAwardListener", new ApproveAwardListener(awards));
    Mocks.register("notifyAwardDecisionDelegate", new NotifyAwardDecisionDelegate(notices));
    Mocks.register("startStandstillDelegate", new StartStandstillDelegate(awards));
    Mocks.register("reviewChallengeListener", new ReviewChallengeListener(awards));
    Mocks.register("awardContractDelegate", new AwardContractDelegate(awards));
    Mocks.register("decideRetenderListener", new DecideRetenderListener(publication));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void happyPathFromPublicationToContract() {
    ProcessInstance pi = start();

    verify(publication).publishForCase(CASE, "system");
    assertThat(pi).isWaitingAt("TimerEvent_SubmissionDeadline").variables().containsEntry("tenderId", TENDER.toString());
    fireTimer(pi);
    verify(tenders).close(TENDER);

    assertThat(pi).isWaitingAt("Task_ConfirmOpening", "Task_WitnessOpening");
    assertThat(task("Task_WitnessOpening", pi)).hasCandidateGroup("panel-" + CASE);
    assertThat(task("Task_ConfirmOpening", pi)).hasCandidateGroup("commissioning-officers");
    complete(task("Task_ConfirmOpening", pi), "officer", Map.of("openingConfirmed", true));
    verify(opening, never()).open(any());
    complete(task("Task_WitnessOpening", pi), "citizen2", Map.of("openingConfirmed", true));
    verify(opening).confirm(TENDER, "officer", OpeningCapacity.OFFICIAL);
    verify(opening).confirm(TENDER, "citizen2", OpeningCapacity.CITIZEN_WITNESS);
    verify(opening).open(TENDER);

    for (Task t : tasks(pi, "Task_CheckCompliance")) {
      complete(t, "officer", Map.of("compliance", "compliant", "complianceReason", "Complete and in scope"));
    }
    verify(evaluation).recordCompliance(TENDER, UUID.fromString(BID_B), "officer", true, "Complete and in scope");

    List<Task> declarations = tasks(pi, "Task_DeclareBidderConflict");
    org.assertj.core.api.Assertions.assertThat(declarations).hasSize(8);
    for (Task t : declarations) {
      complete(t, t.getAssignee(), Map.of("hasConflict", false));
    }
    verify(evaluation, times(8)).declareBidderConflict(eq(TENDER), anyString(), any(), eq(false), any());

    List<Task> scoring = tasks(pi, "Task_ScoreBid");
    org.assertj.core.api.Assertions.assertThat(scoring).hasSize(8);
    for (Task t : scoring) {
      complete(t, t.getAssignee(), Map.of("score1", 7L, "justification1", "Clear staffing plan with cover",
          "score2", 6L, "justification2", "Local hiring commitments"));
    }
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<CriterionScore>> scores = ArgumentCaptor.forClass(List.class);
    verify(evaluation, times(8)).scoreBid(eq(TENDER), any(), anyString(), scores.capture());
    org.assertj.core.api.Assertions.assertThat(scores.getValue()).containsExactly(
        new CriterionScore("Quality of service", 7, "Clear staffing plan with cover"),
        new CriterionScore("Social value", 6, "Local hiring commitments"));
    verify(evaluation).flagOutliers(TENDER);

    assertThat(pi).isWaitingAt("Task_ModerateScores").task().isAssignedTo("citizen1");
    complete(task(pi), "citizen1", Map.of("moderation", "done"));
    verify(evaluation).rank(TENDER);
    assertThat(pi).variables().containsEntry("contractValue", 180000.0).containsEntry("evaluationRound", 1);

    for (Task t : tasks(pi, "Task_VoteOnRecommendation")) {
      complete(t, t.getAssignee(), Map.of("vote", "approve"));
    }
    verify(voting).cast(CASE, VoteSubject.RECOMMENDATION, 1, "official2", true, null);

    // The award-authority table assigns a contract of 180,000 to the approvers.
    assertThat(pi).variables().containsEntry("approverGroup", "approvers");
    assertThat(pi).isWaitingAt("Task_ApproveAward").task().hasCandidateGroup("approvers");
    complete(task(pi), "approver", Map.of("approval", "approve"));
    verify(cases).requireNotCaseOfficer(CASE, "approver", "decide on its award");
    verify(awards).approve(TENDER, "approver", true, null);

    // Notices go out in a job of their own, so an SMTP outage becomes a retried job and an incident.
    assertThat(pi).isWaitingAt("Task_NotifyAwardDecision");
    verify(notices, never()).notifyBidders(any());
    execute(job());
    verify(notices).notifyBidders(TENDER);
    verify(awards).startStandstill(TENDER);

    assertThat(pi).isWaitingAt("Gateway_StandstillEvents");
    fireTimer(pi);
    verify(awards).awardContract(TENDER, "system");
    assertThat(pi).isEnded().hasPassed("EndEvent_ContractAwarded").variables().containsEntry("contractAwarded", true);
  }

  @Test
  void noBidsLetTheOfficerCancelTheProcurement() {
    OpenedBids none = mock(OpenedBids.class);
    when(opening.open(TENDER)).thenReturn(none);
    ProcessInstance pi = startBefore("Task_OpenBids");

    assertThat(pi).isWaitingAt("Task_DecideRetender").task().isAssignedTo("officer");
    complete(task(pi), "officer", Map.of("retenderDecision", "cancel", "retenderReason", "No market interest"));

    verify(publication).decideAfterNoCompliantBid(TENDER, "officer", false, "No market interest");
    assertThat(pi).isEnded().hasPassed("EndEvent_TenderCancelled").variables().containsEntry("contractAwarded", false);
  }

  @Test
  void withoutACompliantBidTheOfficerMayReTender() {
    when(evaluation.anyCompliant(TENDER)).thenReturn(false);
    when(publication.decideAfterNoCompliantBid(TENDER, "officer", true, "Clarify the scope")).thenReturn(true);
    ProcessInstance pi = startBefore("Task_CountCompliantBids");

    complete(task(pi), "officer", Map.of("retenderDecision", "retender", "retenderReason", "Clarify the scope"));

    verify(publication).publishForCase(CASE, "system");
    assertThat(pi).isWaitingAt("TimerEvent_SubmissionDeadline");
  }

  @Test
  void aConflictedEvaluatorDoesNotScoreThatBidder() {
    when(tenderRoster.bidsToScore(TENDER.toString(), "official1")).thenReturn(List.of(BID_B));
    ProcessInstance pi = startBefore("SubProcess_ScoreBids#multiInstanceBody");

    List<Task> scoring = tasks(pi, "Task_ScoreBid");
    org.assertj.core.api.Assertions.assertThat(scoring).hasSize(7);
    org.assertj.core.api.Assertions.assertThat(scoring).filteredOn(t -> t.getAssignee().equals("official1"))
        .singleElement().satisfies(t -> org.assertj.core.api.Assertions.assertThat(
            taskService().getVariable(t.getId(), "bidId")).isEqualTo(BID_B));
  }

  @Test
  void aModerationChangeIsRecordedAndModerationGoesOn() {
    ProcessInstance pi = startBefore("Task_FlagOutliers");

    complete(task(pi), "citizen1", Map.of("moderation", "change", "moderatedBid", BID_A, "moderatedEvaluator",
        "official2", "moderatedCriterion", "Quality of service", "moderatedScore", 5L, "moderationReason",
        "Scored against the wrong service level"));

    verify(evaluation).moderate(TENDER, UUID.fromString(BID_A), "official2", "Quality of service", 5,
        "Scored against the wrong service level", "citizen1");
    verify(evaluation, times(2)).flagOutliers(TENDER);
    assertThat(pi).isWaitingAt("Task_ModerateScores");
    verify(evaluation, never()).rank(any());
  }

  @Test
  void aRecommendationWithoutDoubleMajorityGoesBackToModeration() {
    when(awards.concludeRecommendationVote(TENDER)).thenReturn(tally(false));
    ProcessInstance pi = startBefore("Task_CountRecommendationVotes");

    assertThat(pi).isWaitingAt("Task_ModerateScores");
    assertThat(pi).hasNotPassed("Task_ApproveAward");
  }

  @Test
  void largerContractsGoToHigherAuthorityAndARefusalGoesBackToThePanel() {
    ProcessInstance pi = runtimeService().createProcessInstanceByKey("TenderProcess").businessKey(CASE)
        .setVariables(vars(Map.of("contractValue", 750000.0))).startBeforeActivity("BusinessRuleTask_AwardAuthority")
        .execute();

    assertThat(pi).isWaitingAt("Task_ApproveAward").task().hasCandidateGroup("senior-approvers");
    complete(task(pi), "director", Map.of("approval", "refuse", "approvalReason", "Price not justified"));

    verify(awards).approve(TENDER, "director", false, "Price not justified");
    verify(notices, never()).notifyBidders(any());
    assertThat(pi).isWaitingAt("Task_ModerateScores");
  }

  @Test
  void theCaseOfficerCannotApproveTheAward() {
    org.mockito.Mockito.doThrow(new org.coproduce.shared.BusinessRuleViolation(CaseService.RULE_SEGREGATION, "no"))
        .when(cases).requireNotCaseOfficer(CASE, "officer", "decide on its award");
    ProcessInstance pi = startBefore("Task_ApproveAward");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(task(pi), "officer", Map.of("approval", "approve")))
        .hasRootCauseInstanceOf(org.coproduce.shared.BusinessRuleViolation.class);
    verify(awards, never()).approve(any(), anyString(), anyBoolean(), any());
  }

  @Test
  void anUpheldChallengeReopensTheEvaluation() {
    ProcessInstance pi = startBefore("Task_StartStandstill");

    correlateChallenge();
    assertThat(pi).isWaitingAt("Task_ReviewChallenge").task().hasCandidateGroup("approvers");
    complete(task(pi), "approver", Map.of("challengeDecision", "uphold", "challengeReason", "Scores misapplied"));

    verify(awards).decideChallenge(TENDER, "approver", true, "Scores misapplied");
    assertThat(pi).isWaitingAt("Task_ModerateScores");
    verify(awards, never()).awardContract(any(), anyString());
  }

  @Test
  void aDismissedChallengeLetsTheStandstillRunOut() {
    ProcessInstance pi = startBefore("Task_StartStandstill");

    correlateChallenge();
    complete(task(pi), "approver", Map.of("challengeDecision", "dismiss", "challengeReason", "No error found"));

    assertThat(pi).isWaitingAt("Gateway_StandstillEvents");
    verify(awards, never()).awardContract(any(), anyString());
    fireTimer(pi);
    verify(awards).awardContract(TENDER, "system");
    assertThat(pi).isEnded().hasPassed("EndEvent_ContractAwarded");
  }

  private void correlateChallenge() {
    runtimeService().createMessageCorrelation("ChallengeReceived")
        .processInstanceVariableEquals("tenderId", TENDER.toString()).correlate();
  }

  private void fireTimer(ProcessInstance pi) {
    Job timer = jobQuery().processInstanceId(pi.getId()).timers().singleResult();
    execute(timer);
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("TenderProcess", CASE, vars(Map.of()));
  }

  private ProcessInstance startBefore(String activity) {
    return runtimeService().createProcessInstanceByKey("TenderProcess").businessKey(CASE).setVariables(vars(Map.of()))
        .startBeforeActivity(activity).execute();
  }

  private static Map<String, Object> vars(Map<String, Object> more) {
    Map<String, Object> vars = new java.util.HashMap<>(Map.of("caseRef", CASE, "officerId", "officer",
        "tenderDocumentId", "30000000-0000-0000-0000-000000000001", "tenderId", TENDER.toString(),
        "evaluationRound", 1, "contractValue", 180000.0, "approverGroup", "approvers"));
    vars.putAll(more);
    return vars;
  }

  private List<Task> tasks(ProcessInstance pi, String activity) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).list().isEmpty()
        ? taskQuery().processInstanceBusinessKey(CASE).taskDefinitionKey(activity).list()
        : taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).list();
  }

  private void complete(Task t, String user, Map<String, Object> values) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      taskService().complete(t.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static VoteTally tally(boolean passed) {
    return new VoteTally(VoteSubject.RECOMMENDATION, 1, passed, passed ? 2 : 0, 2, 2, 2, List.of());
  }

}
