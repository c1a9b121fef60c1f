package org.coproduce.process.internal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.commissioning.OpenCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * The top-level cycle: a case opened in Tasklist (start form) or over the API (message start)
 * runs co-design, tender and award, and review in turn. The called processes are stubs here;
 * each has its own test.
 */
@Deployment(resources = {"processes/CommissioningProcess.bpmn", "forms/OpenCase.form",
    "process-stubs/CodesignProcess.bpmn", "process-stubs/TenderProcess.bpmn", "process-stubs/ServiceReviewProcess.bpmn"})
class CommissioningProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  CaseService cases = mock(CaseService.class);

  @BeforeEach
  void wire() {
    Mocks.register("registerCaseDelegate", new RegisterCaseDelegate(cases));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aCaseOpenedInTasklistIsRegisteredAndRunsTheWholeCycle() {
    CommissioningCase opened = mock(CommissioningCase.class);
    when(opened.getRef()).thenReturn("C-2026-007");
    when(cases.open(any(), eq("officer"))).thenReturn(opened);

    engine.getIdentityService().setAuthenticatedUserId("officer");
    ProcessInstance pi = engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("CommissioningProcess")
            .singleResult().getId(),
        Map.of("serviceArea", "Youth services", "title", "Evening youth space", "problemStatement",
            "Young people have nowhere safe to go in the evening.", "budgetLine", "YOUTH-2027",
            "envelopeAmount", 200000.0, "targetAwardDate", "2027-03-01", "targetServiceStart", "2027-04-01"));
    engine.getIdentityService().clearAuthentication();

    ArgumentCaptor<OpenCase> request = ArgumentCaptor.forClass(OpenCase.class);
    verify(cases).open(request.capture(), eq("officer"));
    org.assertj.core.api.Assertions.assertThat(request.getValue()).isEqualTo(new OpenCase("Youth services",
        "Evening youth space", "Young people have nowhere safe to go in the evening.", "YOUTH-2027",
        new BigDecimal("200000.0"), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1)));
    assertThat(pi).hasPassed("Task_RegisterCase").isWaitingAt("CallActivity_Codesign");
    assertThat(pi).variables().containsEntry("caseRef", "C-2026-007").containsEntry("officerId", "officer")
        .doesNotContainKey("problemStatement").doesNotContainKey("envelopeAmount");
    org.assertj.core.api.Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
        .isEqualTo("C-2026-007");

    runThrough(pi);
  }

  @Test
  void aCaseOpenedOverTheApiStartsByMessageAndPassesItsIdsToEachPhase() {
    ProcessInstance pi = runtimeService().createMessageCorrelation("CaseOpened").processInstanceBusinessKey("C-2026-008")
        .setVariables(Map.of("caseRef", "C-2026-008", "officerId", "officer")).correlateStartMessage();

    assertThat(pi).hasPassed("StartEvent_CaseOpenedViaApi").hasNotPassed("Task_RegisterCase")
        .isWaitingAt("CallActivity_Codesign");
    ProcessInstance codesign = calledProcessInstance("CodesignProcess", pi);
    assertThat(codesign).variables().containsEntry("caseRef", "C-2026-008").containsEntry("officerId", "officer");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
        .processInstanceId(codesign.getId()).singleResult().getBusinessKey()).isEqualTo("C-2026-008");

    runThrough(pi);
  }

  @Test
  void aTenderThatEndsWithoutContractCancelsTheCaseWithoutReview() {
    ProcessInstance pi = runtimeService().createMessageCorrelation("CaseOpened").processInstanceBusinessKey("C-2026-009")
        .setVariables(Map.of("caseRef", "C-2026-009", "officerId", "officer")).correlateStartMessage();

    finish(pi, "CodesignProcess", Map.of());
    finish(pi, "TenderProcess", Map.of("contractAwarded", false));

    assertThat(pi).isEnded().hasPassed("EndEvent_CaseCancelled").hasNotPassed("CallActivity_ServiceReview");
  }

  /** Each stubbed phase waits in a receive task; signalling it moves the case on. */
  private void runThrough(ProcessInstance pi) {
    finish(pi, "CodesignProcess", Map.of());
    finish(pi, "TenderProcess", Map.of("contractAwarded", true, "tenderId", "11111111-1111-1111-1111-111111111111"));
    assertThat(calledProcessInstance("ServiceReviewProcess", pi)).variables()
        .containsEntry("tenderId", "11111111-1111-1111-1111-111111111111");
    finish(pi, "ServiceReviewProcess", Map.of());
    assertThat(pi).isEnded().hasPassed("EndEvent_CaseClosed");
  }

  private void finish(ProcessInstance pi, String phase, Map<String, Object> results) {
    ProcessInstance called = calledProcessInstance(phase, pi);
    runtimeService().setVariables(called.getId(), results);
    runtimeService().signal(runtimeService().createExecutionQuery().processInstanceId(called.getId())
        .activityId("Task_Stub").singleResult().getId());
  }
}
