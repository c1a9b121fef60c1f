package org.coproduce.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CaseStatus;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.MemberKind;
import org.coproduce.shared.Roles;
import org.coproduce.testsupport.CommissioningFixture;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.coproduce.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The tender-and-award phase end to end on PostgreSQL, through the HTTP APIs, every person with
 * their own login: suppliers bid, the deadline passes (the application's clock is moved, the
 * deadline timer's job executed), an official and a citizen witness open the bids, the officer
 * checks compliance, evaluators declare and score, the chair moderates, the panel recommends, the
 * approver the award-authority table names approves, every bidder gets an e-mail, the standstill
 * runs out and the contract is awarded; the case moves into review.
 */
@PostgresIntegrationTest
class TenderProcessIT {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(TestMailServer.setup());

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired CaseService cases;
  @Autowired TestClock clock;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void fromBidsToAContractWithEveryPersonsOwnLogin() throws Exception {
    CommissioningFixture fx = new CommissioningFixture(context);
    String caseRef = fx.openCase("Youth outreach");
    List<ActiveMember> members = fx.confirmPanel(caseRef);
    fx.coDesign(caseRef);
    String chair = fx.chair(caseRef);

    // The tender is published and listed with its ocid.
    JsonNode tender = openTender(caseRef);
    UUID tenderId = UUID.fromString(tender.get("id").asText());
    assertThat(tender.get("ocid").asText()).endsWith(caseRef);
    Instant deadline = Instant.parse(tender.get("submissionDeadline").asText());

    for (int i = 1; i <= 3; i++) {
      fx.login("fx-supplier" + i, Roles.SUPPLIERS);
    }
    bid(fx, tenderId, "fx-supplier1", "150000.00");
    bid(fx, tenderId, "fx-supplier2", "170000.00");
    bid(fx, tenderId, "fx-supplier3", "130000.00");

    // The deadline passes; the deadline timer fires.
    clock.setTo(deadline.plusSeconds(1));
    ProcessInstance tenderProcess = runtime.createProcessInstanceQuery().processDefinitionKey("TenderProcess")
        .processInstanceBusinessKey(caseRef).singleResult();
    executeTimer(tenderProcess, "TimerEvent_SubmissionDeadline");

    // Two people open the bids: an authorised official and a citizen witness from the panel.
    String official = fx.waitFor(() -> fx.ids(CommissioningFixture.OFFICER,
        "/engine-rest/task?taskDefinitionKey=Task_ConfirmOpening&processInstanceBusinessKey=" + caseRef));
    claimAndComplete(fx, CommissioningFixture.OFFICER, official, Map.of("openingConfirmed", true));
    String witness = members.stream().filter(m -> m.kind() == MemberKind.CITIZEN).findFirst().orElseThrow().userId();
    String witnessTask = fx.waitFor(() -> fx.ids(witness,
        "/engine-rest/task?taskDefinitionKey=Task_WitnessOpening&processInstanceBusinessKey=" + caseRef));
    claimAndComplete(fx, witness, witnessTask, Map.of("openingConfirmed", true));

    // The officer checks each bid's compliance.
    for (String task : all(fx, CommissioningFixture.OFFICER, caseRef, "Task_CheckCompliance", 3)) {
      fx.complete(CommissioningFixture.OFFICER, task, Map.of("compliance", "compliant", "complianceReason",
          "Complete, signed and within scope"));
    }

    // Evaluators declare about each bidder; one declares a conflict with supplier 2 and does not score it.
    String conflicted = members.stream().filter(m -> m.kind() == MemberKind.OFFICIAL).findFirst().orElseThrow()
        .userId();
    for (ActiveMember m : members) {
      for (String task : all(fx, m.userId(), caseRef, "Task_DeclareBidderConflict", 3)) {
        boolean conflict = m.userId().equals(conflicted) && "fx-supplier2".equals(bidderOf(fx, m.userId(), task));
        fx.complete(m.userId(), task, conflict
            ? Map.of("hasConflict", true, "conflictDetails", "My sister works for this bidder")
            : Map.of("hasConflict", false));
      }
    }
    for (ActiveMember m : members) {
      int expected = m.userId().equals(conflicted) ? 2 : 3;
      for (String task : all(fx, m.userId(), caseRef, "Task_ScoreBid", expected)) {
        String bidder = bidderOf(fx, m.userId(), task);
        int quality = "fx-supplier1".equals(bidder) ? 8 : 6;
        fx.complete(m.userId(), task, Map.of("score1", quality, "justification1",
            "Staffing plan and outreach approach judged against the specification", "score2", 7, "justification2",
            "Local jobs and volunteering commitments are concrete and costed"));
      }
    }

    // The chair ends moderation; the panel recommends by double majority.
    fx.complete(chair, fx.waitForTask(chair, caseRef, "Task_ModerateScores"), Map.of("moderation", "done"));
    for (ActiveMember m : members) {
      fx.complete(m.userId(), fx.waitForTask(m.userId(), caseRef, "Task_VoteOnRecommendation"),
          Map.of("vote", "approve"));
    }

    // The award-authority table gives this value to the approvers; the case's officer cannot approve it.
    String approval = fx.waitFor(() -> fx.ids(CommissioningFixture.APPROVER,
        "/engine-rest/task?taskDefinitionKey=Task_ApproveAward&candidateGroup=approvers&processInstanceBusinessKey="
            + caseRef));
    assertThat(fx.ids(CommissioningFixture.OFFICER, "/engine-rest/task?processInstanceBusinessKey=" + caseRef))
        .doesNotContain(approval);
    claimAndComplete(fx, CommissioningFixture.APPROVER, approval, Map.of("approval", "approve"));

    // Every bidder is told, each once, with the scores and reasons.
    assertThat(mail.waitForIncomingEmail(Duration.ofSeconds(60).toMillis(), 3)).isTrue();
    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(3);
    String loser = text(received, "fx-supplier2@example.org");
    assertThat(loser).contains("Youth outreach").contains("Quality of service").contains("Social value");
    assertThat(text(received, "fx-supplier1@example.org")).containsIgnoringCase("intend");

    // The standstill runs out; the contract is awarded and the case moves into review.
    waitForJob(tenderProcess, "TimerEvent_StandstillOver");
    Instant standstillEnd = context.getBean(AwardService.class).standstillEnd(tenderId);
    clock.setTo(standstillEnd.plusSeconds(1));
    executeTimer(tenderProcess, "TimerEvent_StandstillOver");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(tenderProcess.getId()).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_ContractAwarded");
    assertThat(context.getBean(AwardService.class).contract(tenderId)).isPresent();
    assertThat(cases.get(caseRef).getStatus()).isEqualTo(CaseStatus.IN_REVIEW);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ServiceReviewProcess")
        .processInstanceBusinessKey(caseRef).count()).isEqualTo(1);
    assertThat(http(fx).getForEntity("/api/public/ocds/" + tender.get("ocid").asText(), String.class)
        .getBody()).contains("\"award\"").contains("\"contract\"");
  }

  private JsonNode openTender(String caseRef) throws Exception {
    for (JsonNode t : json.readTree(http(new CommissioningFixture(context)).getForEntity(
        "/api/tenders?status=open", String.class).getBody())) {
      if (t.get("ocid").asText().endsWith(caseRef)) {
        return t;
      }
    }
    throw new AssertionError("no open tender for " + caseRef);
  }

  private void bid(CommissioningFixture fx, UUID tenderId, String supplier, String price) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(supplier, CommissioningFixture.PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", "bid-" + supplier);
    ResponseEntity<String> receipt = http(fx).exchange("/api/tenders/" + tenderId + "/bids", HttpMethod.POST,
        new HttpEntity<>(Map.of("price", price, "technicalResponse", "Outreach workers in every ward, weekly plans.",
            "socialValueResponse", "Six local jobs at the living wage."), headers), String.class);
    assertThat(receipt.getStatusCode()).as(receipt.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private void claimAndComplete(CommissioningFixture fx, String user, String task, Map<String, Object> values) {
    assertThat(fx.call(user, HttpMethod.POST, "/engine-rest/task/" + task + "/claim", Map.of("userId", user))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    fx.complete(user, task, values);
  }

  private List<String> all(CommissioningFixture fx, String user, String caseRef, String key, int expected)
      throws InterruptedException {
    String path = "/engine-rest/task?assignee=" + user + "&processInstanceBusinessKey=" + caseRef
        + "&taskDefinitionKey=" + key;
    List<String> tasks = fx.ids(user, path);
    for (int i = 0; tasks.size() < expected && i < 240; i++) {
      Thread.sleep(250);
      tasks = fx.ids(user, path);
    }
    assertThat(tasks).as("%s's %s tasks", user, key).hasSize(expected);
    return tasks;
  }

  private String bidderOf(CommissioningFixture fx, String user, String task) throws Exception {
    JsonNode variables = json.readTree(fx.call(user, HttpMethod.GET, "/engine-rest/task/" + task + "/variables",
        null).getBody());
    return variables.get("bidderName").get("value").asText();
  }

  private void waitForJob(ProcessInstance pi, String activity) throws InterruptedException {
    for (int i = 0; i < 240 && job(pi, activity) == null; i++) {
      Thread.sleep(250);
    }
  }

  private Job job(ProcessInstance pi, String activity) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
  }

  private void executeTimer(ProcessInstance pi, String activity) throws InterruptedException {
    waitForJob(pi, activity);
    Job timer = job(pi, activity);
    assertThat(timer).as("timer %s", activity).isNotNull();
    management.executeJob(timer.getId());
  }

  private static String text(MimeMessage[] messages, String to) throws Exception {
    for (MimeMessage m : messages) {
      if (m.getAllRecipients()[0].toString().contains(to)) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
      }
    }
    throw new AssertionError("no mail to " + to);
  }

  private org.springframework.boot.test.web.client.TestRestTemplate http(CommissioningFixture fx) {
    return context.getBean(org.springframework.boot.test.web.client.TestRestTemplate.class);
  }
}
