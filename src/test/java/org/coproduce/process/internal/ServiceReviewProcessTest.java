package org.coproduce.process.internal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.coproduce.review.Assessment;
import org.coproduce.review.Finding;
import org.coproduce.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * ServiceReviewProcess: the review-cycle timer gives the panel a review task each time it fires
 * while the contract runs; the contract-term timer closes the case.
 */
@Deployment(resources = {"processes/ServiceReviewProcess.bpmn", "forms/ReviewService.form"})
class ServiceReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  static final String CASE = "C-2026-020";

  ReviewService reviews = mock(ReviewService.class);
  ReviewRosterExpressions roster = mock(ReviewRosterExpressions.class);

  @BeforeEach
  void wire() {
    when(roster.cycle()).thenReturn("R/P3M");
    when(roster.contractEnd(CASE)).thenReturn(Date.from(Instant.now().plus(730, ChronoUnit.DAYS)));
    when(roster.outcome(CASE, 1)).thenReturn("Open five evenings a week");
    when(roster.outcome(CASE, 2)).thenReturn("Youth workers on site");
    Mocks.register("reviewRoster", roster);
    Mocks.register("openReviewDelegate", new OpenReviewDelegate(reviews));
    Mocks.register("reviewServiceListener", new ReviewServiceListener(reviews));
    Mocks.register("closeCaseDelegate", new CloseCaseDelegate(reviews));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void eachReviewDateGivesThePanelAReviewUntilTheTermEndsAndTheCaseCloses() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("ServiceReviewProcess", CASE,
        Map.of("caseRef", CASE, "tenderId", "10000000-0000-0000-0000-000000000001"));
    verify(reviews).open(CASE, "system");
    assertThat(pi).isWaitingAt("TimerEvent_TermEnds");

    // The quarterly review is due.
    execute(reviewCycle(pi));
    assertThat(task("Task_ReviewService", pi)).hasCandidateGroup("panel-" + CASE);
    org.assertj.core.api.Assertions.assertThat(taskService().getVariables(task("Task_ReviewService", pi).getId()))
        .containsEntry("outcome1", "Open five evenings a week").containsEntry("outcome2", "Youth workers on site")
        .containsEntry("outcome3", null);
    engine.getIdentityService().setAuthenticatedUserId("citizen2");
    taskService().complete(task("Task_ReviewService", pi).getId(), Map.of("assessment1", "MET", "evidence1",
        "Visited three times", "assessment2", "PARTLY", "evidence2", "Short-staffed in August", "rating", 4L,
        "reviewSummary", "Good start; staffing in summer"));
    engine.getIdentityService().clearAuthentication();

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<Finding>> findings = ArgumentCaptor.forClass(List.class);
    verify(reviews).record(eq(CASE), eq("citizen2"), findings.capture(), eq(4), eq("Good start; staffing in summer"));
    org.assertj.core.api.Assertions.assertThat(findings.getValue()).containsExactly(
        new Finding(1, "Open five evenings a week", Assessment.MET, "Visited three times"),
        new Finding(2, "Youth workers on site", Assessment.PARTLY, "Short-staffed in August"));

    // The cycle repeats: the next quarter's review is due too.
    execute(reviewCycle(pi));
    assertThat(task("Task_ReviewService", pi)).isNotNull();
    verify(reviews, never()).close(CASE, "system");

    // The contract term ends: the case closes once the open review is done.
    Job termEnds = jobQuery().processInstanceId(pi.getId()).activityId("TimerEvent_TermEnds").singleResult();
    execute(termEnds);
    verify(reviews).close(CASE, "system");
    engine.getIdentityService().setAuthenticatedUserId("official1");
    taskService().complete(task("Task_ReviewService", pi).getId(), Map.of("assessment1", "MET", "evidence1", "ok",
        "assessment2", "MET", "evidence2", "ok", "rating", 5L, "reviewSummary", "Delivered"));
    engine.getIdentityService().clearAuthentication();
    verify(reviews, times(2)).record(eq(CASE), org.mockito.ArgumentMatchers.anyString(), anyList(),
        org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.anyString());
    assertThat(pi).isEnded().hasPassed("EndEvent_CaseClosed");
  }

  private static Job reviewCycle(ProcessInstance pi) {
    return jobQuery().processInstanceId(pi.getId()).activityId("BoundaryEvent_ReviewDue").singleResult();
  }
}
