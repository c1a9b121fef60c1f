package org.coproduce.codesign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.coproduce.budget.BudgetService;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.People;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.coproduce.shared.Roles;
import org.coproduce.testsupport.CommissioningFixture;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole analyse-and-plan phase on PostgreSQL, through the HTTP APIs, each person with their
 * own login completing their own tasks (never as admin): the officer opens the case and confirms
 * the drawn panel, every member declares and records needs, the chair consolidates and drafts,
 * the panel votes, finance checks the budget, the panel signs off the generated tender PDF, whose
 * text (read back with PDFBox) holds the specification and the weights.
 */
@PostgresIntegrationTest
class CodesignIT {

  static final String PASSWORD = CommissioningFixture.PASSWORD;
  static final String OFFICER = "cd-officer";
  static final String FINANCE = "cd-finance";
  static final String[] WARDS = {"north", "south", "east", "west"};
  static final String[] AGES = {"16-29", "30-44", "45-64", "65-plus"};
  static final String[] TENURES = {"owner", "private-renter", "social-renter"};

  @Autowired TestRestTemplate http;
  @Autowired HistoryService history;
  @Autowired People people;
  @Autowired PanelService panels;
  @Autowired BudgetService budget;
  @Autowired DecisionRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired org.springframework.context.ApplicationContext context;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theCoDesignPhaseRunsThroughTheApisWithEachPersonsOwnLogin() throws Exception {
    givenPeopleAndABudgetLine();

    // The officer opens the case over the domain API; its process starts.
    ResponseEntity<String> opened = call(OFFICER, HttpMethod.POST, "/api/cases", Map.of(
        "serviceArea", "Youth services", "title", "Evening youth space", "problemStatement",
        "Young people in the east ward have nowhere safe to go in the evening.", "budgetLine", "CD-YOUTH",
        "envelopeAmount", 200000, "targetAwardDate", "2027-03-01", "targetServiceStart", "2027-04-01"));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseRef = json.readTree(opened.getBody()).get("ref").asText();

    // Invalid input is refused with problem+json naming the fields.
    ResponseEntity<String> invalid = call(OFFICER, HttpMethod.POST, "/api/cases", Map.of("title", ""));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(invalid.getBody()).contains("problemStatement").contains("envelopeAmount");

    // The officer confirms the drawn panel.
    complete(OFFICER, onlyTask(OFFICER, caseRef, "Task_ConfirmPanel"), Map.of("panelDecision", "confirm"));
    List<ActiveMember> members = panels.activeMembers(caseRef);
    assertThat(members).hasSize(8);
    members.forEach(m -> setPassword(m.userId()));
    String chair = members.stream().filter(ActiveMember::chair).findFirst().orElseThrow().userId();

    for (ActiveMember m : members) {
      complete(m.userId(), onlyTask(m.userId(), caseRef, "Task_DeclareConflicts"), Map.of("hasConflict", false));
    }
    for (ActiveMember m : members) {
      complete(m.userId(), onlyTask(m.userId(), caseRef, "Task_RecordNeeds"),
          Map.of("needs", "Needs seen by " + m.userId(), "priorities", "Safety first"));
    }
    complete(chair, onlyTask(chair, caseRef, "Task_ConsolidateNeeds"),
        Map.of("assessment", "Young people need a safe, staffed evening space close to home."));
    complete(chair, onlyTask(chair, caseRef, "Task_DraftSpecification"), draft());
    for (ActiveMember m : members) {
      complete(m.userId(), onlyTask(m.userId(), caseRef, "Task_VoteOnSpecification"), Map.of("vote", "approve"));
    }

    // Finance checks the budget; the case's own officer, even in the finance group, cannot.
    String budgetTask = financeTask(FINANCE, caseRef);
    assertThat(ids(call(OFFICER, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseRef, null)))
        .doesNotContain(budgetTask);
    assertThat(call(OFFICER, HttpMethod.POST, "/engine-rest/task/" + budgetTask + "/claim", Map.of("userId", OFFICER))
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(call(FINANCE, HttpMethod.POST, "/engine-rest/task/" + budgetTask + "/claim", Map.of("userId", FINANCE))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    complete(FINANCE, budgetTask, Map.of("budgetDecision", "approve"));
    assertThat(budget.line("CD-YOUTH").getCommitted()).isEqualByComparingTo("180000");

    for (ActiveMember m : members) {
      complete(m.userId(), onlyTask(m.userId(), caseRef, "Task_SignOffTenderDocuments"), Map.of("vote", "approve"));
    }

    // The tender PDF holds the specification and the weights.
    ResponseEntity<byte[]> pdf = http.getForEntity("/api/public/cases/" + caseRef + "/tender-documents/latest",
        byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("Evening youth space").contains("Open five evenings a week, 18:00 to 22:00")
        .contains("Youth workers on site at all times").contains("A staffed evening space for young people")
        .contains("Quality of service").contains("50%").contains("Price").contains("35%")
        .contains("Social value").contains("15%").contains("Deadline");
    assertThat(pdf.getHeaders().getFirst("X-Content-SHA256")).hasSize(64);

    // Co-design ended signed off; every step left its decision in the record.
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("CodesignProcess")
        .processInstanceBusinessKey(caseRef).singleResult().getEndActivityId())
        .isEqualTo("EndEvent_TenderDocumentsSignedOff");
    List<String> actions = record.ofCase(caseRef).stream().map(RecordedDecision::action).toList();
    assertThat(actions).contains("case.opened", "panel.drawn", "panel.confirmed", "needs.recorded", "needs.assessed",
        "specification.drafted", "vote.specification", "tally.specification", "budget.check-approved",
        "budget.committed", "tender-documents.generated", "vote.tender_documents", "tally.tender_documents");
    assertThat(record.ofCase(caseRef).stream().filter(d -> d.action().equals("budget.check-approved")).findFirst()
        .orElseThrow().actor()).isEqualTo(FINANCE);
    assertThat(record.verify().intact()).isTrue();
  }

  @Test
  void anOfficerOpensACaseFromTasklistsStartForm() throws Exception {
    givenPeopleAndABudgetLine();
    tx.executeWithoutResult(s -> {
      login("cd-officer2", Roles.COMMISSIONING_OFFICERS, Roles.OFFICIALS);
      budget.createLine("CD-PARKS", "Parks 2027", new BigDecimal("100000"), "CAD", 2027, FINANCE);
    });
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("serviceArea", Map.of("value", "Parks"));
    form.put("title", Map.of("value", "Community gardens"));
    form.put("problemStatement", Map.of("value", "Residents of the south ward lack green space to grow food."));
    form.put("budgetLine", Map.of("value", "CD-PARKS"));
    form.put("envelopeAmount", Map.of("value", 40000.5, "type", "Double"));

    ResponseEntity<String> started = call("cd-officer2", HttpMethod.POST,
        "/engine-rest/process-definition/key/CommissioningProcess/submit-form", Map.of("variables", form));

    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String caseRef = json.readTree(started.getBody()).get("businessKey").asText();
    JsonNode opened = json.readTree(call("cd-officer2", HttpMethod.GET, "/api/cases/" + caseRef, null).getBody());
    assertThat(opened.get("title").asText()).isEqualTo("Community gardens");
    assertThat(opened.get("officerId").asText()).isEqualTo("cd-officer2");
    assertThat(opened.get("envelopeAmount").decimalValue()).isEqualByComparingTo("40000.5");

    // An envelope the line cannot cover is refused, and nothing is kept of the attempt.
    form.put("envelopeAmount", Map.of("value", 900000, "type", "Long"));
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("CommissioningProcess").count();
    ResponseEntity<String> refused = call("cd-officer2", HttpMethod.POST,
        "/engine-rest/process-definition/key/CommissioningProcess/submit-form", Map.of("variables", form));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("CD-PARKS").doesNotContain("at org.");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("CommissioningProcess").count())
        .isEqualTo(before);
  }

  static boolean peopleReady;

  private void givenPeopleAndABudgetLine() {
    if (peopleReady) {
      return;
    }
    peopleReady = true;
    tx.executeWithoutResult(s -> {
      login(OFFICER, Roles.COMMISSIONING_OFFICERS, Roles.OFFICIALS, Roles.FINANCE);
      login(FINANCE, Roles.FINANCE, Roles.OFFICIALS);
      budget.createLine("CD-YOUTH", "Youth services 2027", new BigDecimal("250000"), "CAD", 2027, FINANCE);
      for (int i = 1; i <= 3; i++) {
        login("cd-official" + i, Roles.OFFICIALS);
        people.registerOfficial(new NewOfficial("cd-official" + i, "Codesign", "Official " + i, null, "Housing",
            "Officer", null));
      }
      for (int i = 0; i < 16; i++) {
        String user = "cd-citizen" + i;
        login(user, Roles.CITIZENS);
        people.registerVolunteer(new NewVolunteer("Codesign", "Citizen " + i, user + "@example.org", WARDS[i % 4],
            AGES[(i / 4) % 4], i % 2 == 0 ? "female" : "male", TENURES[i % 3], "cd-household-" + i, null, user),
            OFFICER);
      }
    });
  }

  private static Map<String, Object> draft() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("outcomes", "Open five evenings a week, 18:00 to 22:00");
    values.put("serviceLevels", "Youth workers on site at all times");
    values.put("durationMonths", 24);
    values.put("estimatedValue", 180000);
    values.put("plainSummary", "A staffed evening space for young people in the east ward");
    values.put("qualityName", "Quality of service");
    values.put("qualityWeight", 50);
    values.put("priceWeight", 35);
    values.put("socialValueName", "Social value");
    values.put("socialValueWeight", 15);
    return values;
  }

  private String onlyTask(String user, String caseRef, String taskKey) {
    return fx().waitForTask(user, caseRef, taskKey);
  }

  private String financeTask(String user, String caseRef) {
    return fx().waitFor(() -> fx().ids(user, "/engine-rest/task?candidateGroup=finance&processInstanceBusinessKey="
        + caseRef));
  }

  private void complete(String user, String taskId, Map<String, Object> values) {
    fx().complete(user, taskId, values);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    return fx().call(user, method, path, body);
  }

  private List<String> ids(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getHeaders() + " " + response.getBody()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    for (JsonNode task : json.readTree(response.getBody())) {
      ids.add(task.get("id").asText());
    }
    return ids;
  }

  private void login(String user, String... groups) {
    fx().login(user, groups);
  }

  private void setPassword(String userId) {
    fx().setPassword(userId);
  }

  /** The same HTTP helpers as the later phases' tests; this test keeps its own people and pool. */
  private CommissioningFixture fx() {
    return new CommissioningFixture(context);
  }
}
