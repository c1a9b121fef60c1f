package org.coproduce.process.internal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.coproduce.budget.BudgetService;
import org.coproduce.codesign.CriterionType;
import org.coproduce.codesign.NeedsService;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.Specification;
import org.coproduce.codesign.SpecificationDraft;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.codesign.VoteTally;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.panel.PanelService;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.TenderDocument;
import org.coproduce.tender.TenderDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * CodesignProcess on an in-memory engine: the real delegates and listeners, the domain services
 * mocked. The happy path in one test; each detour on its own, entered with startBeforeActivity.
 */
@Deployment(resources = {"processes/CodesignProcess.bpmn", "forms/ConfirmPanel.form", "forms/DeclareConflicts.form",
    "forms/RecordNeeds.form", "forms/ConsolidateNeeds.form", "forms/DraftSpecification.form",
    "forms/VoteOnSpecification.form", "forms/CheckBudget.form", "forms/SignOffTenderDocuments.form"})
class CodesignProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  static final String CASE = "C-2026-001";
  static final List<String> MEMBERS = List.of("citizen1", "citizen2", "official1", "official2");

  PanelService panels = mock(PanelService.class);
  CaseService cases = mock(CaseService.class);
  NeedsService needs = mock(NeedsService.class);
  SpecificationService specifications = mock(SpecificationService.class);
  PanelVoting voting = mock(PanelVoting.class);
  TenderDocuments documents = mock(TenderDocuments.class);
  PanelRosterExpressions roster = mock(PanelRosterExpressions.class);
  List<String> seated = new java.util.ArrayList<>(MEMBERS);
  java.util.Set<String> declared = new java.util.HashSet<>();

  @BeforeEach
  void wire() {
    CommissioningCase theCase = mock(CommissioningCase.class);
    when(theCase.getTitle()).thenReturn("Youth drop-in centre");
    when(cases.get(CASE)).thenReturn(theCase);
    // The engine evaluates a multi-instance collection more than once, so the roster answers from
    // the panel's state (who sits, who declared), as the real one does from the panel tables.
    when(roster.memberIds(CASE)).thenAnswer(call -> List.copyOf(seated));
    when(roster.membersToDeclare(CASE))
        .thenAnswer(call -> seated.stream().filter(m -> !declared.contains(m)).toList());
    org.mockito.Mockito.doAnswer(call -> {
      declared.add(call.getArgument(1));
      return null;
    }).when(panels)
        .declareConflict(eq(CASE), anyString(), isNull(), anyBoolean(), any());
    org.mockito.Mockito.doAnswer(call -> {
      seated.set(seated.indexOf(call.getArgument(1)), "alternate1");
      return null;
    }).when(panels).replaceWithAlternate(eq(CASE), anyString(), anyString(), anyString());
    when(roster.chair(CASE)).thenReturn("citizen1");
    Specification spec = mock(Specification.class);
    when(spec.getVersion()).thenReturn(1);
    when(specifications.draft(eq(CASE), anyString(), any())).thenReturn(spec);
    when(specifications.concludeVote(CASE)).thenReturn(tally(true));
    when(specifications.recordBudgetCheck(eq(CASE), anyString(), anyBoolean(), any()))
        .thenAnswer(call -> call.getArgument(2));
    TenderDocument document = mock(TenderDocument.class);
    when(document.getId()).thenReturn(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    when(document.getVersion()).thenReturn(1);
    when(documents.generate(eq(CASE), anyString())).thenReturn(document);
    when(documents.concludeSignOff(CASE)).thenReturn(true);

    Mocks.register("panelRoster", roster);
    Mocks.register("drawPanelDelegate", new DrawPanelDelegate(panels, cases));
    Mocks.register("confirmPanelListener", new ConfirmPanelListener(panels));
    Mocks.register("declareConflictListener", new DeclareConflictListener(panels));
    Mocks.register("checkDeclarationsDelegate", new CheckDeclarationsDelegate(roster));
    Mocks.register("recordNeedsListener", new RecordNeedsListener(needs));
    Mocks.register("consolidateNeedsListener", new ConsolidateNeedsListener(needs));
    Mocks.register("draftSpecificationListener", new DraftSpecificationListener(specifications));
    Mocks.register("specificationVoteListener", new SpecificationVoteListener(voting));
    Mocks.register("countSpecificationVotesDelegate", new CountSpecificationVotesDelegate(specifications));
    Mocks.register("financeSegregationListener", new FinanceSegregationListener(cases));
    Mocks.register("budgetCheckListener", new BudgetCheckListener(specifications));
    Mocks.register("commitBudgetDelegate", new CommitBudgetDelegate(specifications));
    Mocks.register("generateTenderDelegate", new GenerateTenderDelegate(documents));
    Mocks.register("signOffVoteListener", new SignOffVoteListener(voting));
    Mocks.register("countSignOffVotesDelegate", new CountSignOffVotesDelegate(documents));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void happyPathFromDrawToSignedOffDocuments() {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("Task_ConfirmPanel").task().isAssignedTo("officer");
    verify(panels).draw(CASE, "Youth drop-in centre", "officer");
    complete(task(pi), "officer", Map.of("panelDecision", "confirm"));
    verify(panels).confirm(CASE, "officer");

    completeEach(pi, "Task_DeclareConflicts", Map.of("hasConflict", false));
    verify(panels, times(4)).declareConflict(eq(CASE), anyString(), isNull(), eq(false), isNull());
    verify(panels, never()).replaceWithAlternate(anyString(), anyString(), anyString(), anyString());

    completeEach(pi, "Task_RecordNeeds", Map.of("needs", "A safe place after school", "priorities", "Evenings"));
    verify(needs).recordNeeds(CASE, "official2", "A safe place after school", "Evenings");

    assertThat(pi).isWaitingAt("Task_ConsolidateNeeds").task().isAssignedTo("citizen1");
    complete(task(pi), "citizen1", Map.of("assessment", "Young people need a safe evening space."));
    verify(needs).consolidate(CASE, "citizen1", "Young people need a safe evening space.");

    assertThat(pi).isWaitingAt("Task_DraftSpecification").task().isAssignedTo("citizen1");
    complete(task(pi), "citizen1", draft());
    ArgumentCaptor<SpecificationDraft> drafted = ArgumentCaptor.forClass(SpecificationDraft.class);
    verify(specifications).draft(eq(CASE), eq("citizen1"), drafted.capture());
    org.assertj.core.api.Assertions.assertThat(drafted.getValue().criteria()).extracting(SpecificationDraft.Criterion::type)
        .containsExactly(CriterionType.QUALITY, CriterionType.PRICE, CriterionType.SOCIAL_VALUE);
    org.assertj.core.api.Assertions.assertThat(drafted.getValue().criteria()).extracting(SpecificationDraft.Criterion::weight)
        .containsExactly(50, 35, 15);
    assertThat(pi).variables().containsEntry("specVersion", 1);

    completeEach(pi, "Task_VoteOnSpecification", Map.of("vote", "approve", "comment", "Good"));
    verify(voting).cast(CASE, VoteSubject.SPECIFICATION, 1, "citizen2", true, "Good");
    verify(specifications).concludeVote(CASE);

    assertThat(pi).isWaitingAt("Task_CheckBudget").task().hasCandidateGroup("finance");
    complete(task(pi), "finance", Map.of("budgetDecision", "approve"));
    verify(cases).requireNotCaseOfficer(CASE, "finance", "check its budget");
    verify(specifications).recordBudgetCheck(CASE, "finance", true, null);
    verify(specifications).commitBudget(CASE, "finance");
    verify(documents).generate(CASE, "system");
    assertThat(pi).variables().containsEntry("tenderDocumentId", "00000000-0000-0000-0000-000000000001");

    completeEach(pi, "Task_SignOffTenderDocuments", Map.of("vote", "approve"));
    verify(voting).cast(CASE, VoteSubject.TENDER_DOCUMENTS, 1, "official1", true, null);
    verify(documents).concludeSignOff(CASE);
    assertThat(pi).isEnded().hasPassed("EndEvent_TenderDocumentsSignedOff");
  }

  @Test
  void aRedrawDrawsThePanelAgain() {
    ProcessInstance pi = start();

    complete(task(pi), "officer", Map.of("panelDecision", "redraw"));
    execute(job());

    verify(panels, times(2)).draw(CASE, "Youth drop-in centre", "officer");
    verify(panels, never()).confirm(anyString(), anyString());
    assertThat(pi).isWaitingAt("Task_ConfirmPanel");
  }

  @Test
  void aDeclaredConflictHandsTheSeatToAnAlternateWhoDeclaresBeforeWorkStarts() {
    declared.addAll(List.of("citizen2", "official1", "official2"));
    ProcessInstance pi = startBefore("Task_DeclareConflicts");

    complete(task(pi), "citizen1", Map.of("hasConflict", true, "conflictDetails", "My brother runs a bidder"));
    verify(panels).declareConflict(CASE, "citizen1", null, true, "My brother runs a bidder");
    verify(panels).replaceWithAlternate(CASE, "citizen1", "declared conflict: My brother runs a bidder", "citizen1");

    assertThat(pi).isWaitingAt("Task_DeclareConflicts").task().isAssignedTo("alternate1");
    complete(task(pi), "alternate1", Map.of("hasConflict", false));
    assertThat(pi).isWaitingAt("Task_RecordNeeds");
  }

  @Test
  void withoutADoubleMajorityTheSpecificationGoesBackToTheChair() {
    when(specifications.concludeVote(CASE)).thenReturn(tally(false));
    ProcessInstance pi = startBefore("Task_CountSpecificationVotes");

    assertThat(pi).isWaitingAt("Task_DraftSpecification").task().isAssignedTo("citizen1");
    assertThat(pi).variables().containsEntry("specificationApproved", false);
  }

  @Test
  void aRejectedBudgetGoesBackToTheSpecificationWithItsReason() {
    ProcessInstance pi = startBefore("Task_CheckBudget");

    complete(task(pi), "finance", Map.of("budgetDecision", "reject", "budgetReason", "Over the envelope"));

    verify(specifications).recordBudgetCheck(CASE, "finance", false, "Over the envelope");
    verify(specifications, never()).commitBudget(anyString(), anyString());
    assertThat(pi).isWaitingAt("Task_DraftSpecification");
  }

  @Test
  void theCaseOfficerCannotCompleteTheBudgetCheck() {
    org.mockito.Mockito.doThrow(new BusinessRuleViolation(CaseService.RULE_SEGREGATION, "no"))
        .when(cases).requireNotCaseOfficer(CASE, "officer", "check its budget");
    ProcessInstance pi = startBefore("Task_CheckBudget");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(task(pi), "officer", Map.of("budgetDecision", "approve")))
        .hasRootCauseInstanceOf(BusinessRuleViolation.class);
    verify(specifications, never()).recordBudgetCheck(anyString(), anyString(), anyBoolean(), any());
    assertThat(pi).isWaitingAt("Task_CheckBudget");
  }

  @Test
  void aBudgetLineThatCannotCoverItSendsTheSpecificationBack() {
    org.mockito.Mockito.doThrow(new BusinessRuleViolation(BudgetService.RULE_LINE_EXCEEDED, "exceeded"))
        .when(specifications).commitBudget(CASE, "finance");
    ProcessInstance pi = runtimeService().createProcessInstanceByKey("CodesignProcess").businessKey(CASE)
        .setVariables(Map.of("caseRef", CASE, "officerId", "officer", "budgetCheckedBy", "finance"))
        .startBeforeActivity("Task_CommitBudget").execute();

    assertThat(pi).hasPassed("BoundaryEvent_BudgetLineExceeded").isWaitingAt("Task_DraftSpecification");
    verify(documents, never()).generate(anyString(), anyString());
  }

  @Test
  void changesRequestedAtSignOffGoBackToTheSpecification() {
    when(documents.concludeSignOff(CASE)).thenReturn(false);
    ProcessInstance pi = startBefore("Task_CountSignOffVotes");

    assertThat(pi).isWaitingAt("Task_DraftSpecification");
    assertThat(pi).variables().containsEntry("tenderDocumentsSignedOff", false);
  }

  /** Starts co-design; the draw runs as a job of its own (a failed draw is an incident, not a lost case). */
  private ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("CodesignProcess", CASE,
        Map.of("caseRef", CASE, "officerId", "officer"));
    assertThat(pi).isWaitingAt("Task_DrawPanel");
    verify(panels, never()).draw(anyString(), anyString(), anyString());
    execute(job());
    return pi;
  }

  private ProcessInstance startBefore(String activity) {
    return runtimeService().createProcessInstanceByKey("CodesignProcess").businessKey(CASE)
        .setVariables(Map.of("caseRef", CASE, "officerId", "officer", "specVersion", 1, "tenderDocumentVersion", 1,
            "tenderDocumentId", "00000000-0000-0000-0000-000000000001"))
        .startBeforeActivity(multiInstance(activity)).execute();
  }

  /** Multi-instance tasks are entered through their body, so that one task per member is created. */
  private static String multiInstance(String activity) {
    return List.of("Task_DeclareConflicts", "Task_RecordNeeds", "Task_VoteOnSpecification",
        "Task_SignOffTenderDocuments").contains(activity) ? activity + "#multiInstanceBody" : activity;
  }

  private void completeEach(ProcessInstance pi, String activity, Map<String, Object> values) {
    assertThat(pi).isWaitingAt(activity);
    List<Task> tasks = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).list();
    org.assertj.core.api.Assertions.assertThat(tasks).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(MEMBERS);
    for (Task t : tasks) {
      complete(t, t.getAssignee(), values);
    }
  }

  /** Completes as that user would from Tasklist: authenticated, with the form's values. */
  private void complete(Task t, String user, Map<String, Object> values) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      taskService().complete(t.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static Map<String, Object> draft() {
    return Map.ofEntries(Map.entry("outcomes", "Open five evenings a week"), Map.entry("serviceLevels", "Staffed"),
        Map.entry("durationMonths", 24L), Map.entry("estimatedValue", 180000.0),
        Map.entry("plainSummary", "A youth centre"), Map.entry("qualityName", "Quality of service"),
        Map.entry("qualityWeight", 50L), Map.entry("priceWeight", 35L), Map.entry("socialValueName", "Social value"),
        Map.entry("socialValueWeight", 15L));
  }

  private static VoteTally tally(boolean passed) {
    return new VoteTally(VoteSubject.SPECIFICATION, 1, passed, passed ? 2 : 0, 2, 2, 2, List.of());
  }

}
