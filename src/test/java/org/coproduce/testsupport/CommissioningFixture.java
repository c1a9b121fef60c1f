package org.coproduce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.coproduce.budget.BudgetService;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.People;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives cases through the real HTTP APIs the way their people do, each with their own login:
 * the people and budget a case needs, opening it, confirming its panel, and the whole co-design
 * phase. Used by the integration and browser tests of later phases.
 */
public class CommissioningFixture {

  public static final String PASSWORD = "Fixture-pass-7";
  public static final String OFFICER = "fx-officer";
  public static final String FINANCE = "fx-finance";
  public static final String APPROVER = "fx-approver";
  public static final String BUDGET_LINE = "FX-LINE";
  private static final String[] WARDS = {"north", "south", "east", "west"};
  private static final String[] AGES = {"16-29", "30-44", "45-64", "65-plus"};
  private static final String[] TENURES = {"owner", "private-renter", "social-renter"};
  private static boolean peopleReady;

  private final TestRestTemplate http;
  private final IdentityDirectory identities;
  private final IdentityService identityService;
  private final People people;
  private final PanelService panels;
  private final BudgetService budget;
  private final TransactionTemplate tx;
  private final ObjectMapper json = new ObjectMapper();

  public CommissioningFixture(ApplicationContext context) {
    this.http = context.getBean(TestRestTemplate.class);
    this.identities = context.getBean(IdentityDirectory.class);
    this.identityService = context.getBean(IdentityService.class);
    this.people = context.getBean(People.class);
    this.panels = context.getBean(PanelService.class);
    this.budget = context.getBean(BudgetService.class);
    this.tx = context.getBean(TransactionTemplate.class);
  }

  /** The officer, finance, an approver, officials, a volunteer pool and a budget line (once per test JVM). */
  public synchronized void ensurePeople() {
    if (peopleReady) {
      return;
    }
    tx.executeWithoutResult(s -> {
      login(OFFICER, Roles.COMMISSIONING_OFFICERS, Roles.OFFICIALS);
      login(FINANCE, Roles.FINANCE, Roles.OFFICIALS);
      login(APPROVER, Roles.APPROVERS, Roles.SENIOR_APPROVERS, Roles.OFFICIALS);
      budget.createLine(BUDGET_LINE, "Fixture services", new BigDecimal("5000000"), "CAD", 2027, FINANCE);
      for (int i = 1; i <= 3; i++) {
        login("fx-official" + i, Roles.OFFICIALS);
        people.registerOfficial(new NewOfficial("fx-official" + i, "Fixture", "Official " + i, null, "Housing",
            "Officer", null));
      }
      for (int i = 0; i < 16; i++) {
        String user = "fx-citizen" + i;
        login(user, Roles.CITIZENS);
        people.registerVolunteer(new NewVolunteer("Fixture", "Citizen " + i, user + "@example.org", WARDS[i % 4],
            AGES[(i / 4) % 4], i % 2 == 0 ? "female" : "male", TENURES[i % 3], "fx-household-" + i, null, user),
            OFFICER);
      }
    });
    peopleReady = true;
  }

  public void login(String user, String... groups) {
    identities.ensureUser(user, "Fixture", user, user + "@example.org", PASSWORD);
    for (String group : groups) {
      identities.addToGroup(user, group);
    }
  }

  /** The officer opens a case over the API; returns its reference. */
  public String openCase(String title) throws Exception {
    ensurePeople();
    ResponseEntity<String> opened = call(OFFICER, HttpMethod.POST, "/api/cases", Map.of("serviceArea",
        "Community services", "title", title, "problemStatement",
        "Residents need this service and nobody provides it today.", "budgetLine", BUDGET_LINE,
        "envelopeAmount", 200000));
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(opened.getBody()).get("ref").asText();
  }

  /** The officer confirms the drawn panel; every member then gets the fixture password. */
  public List<ActiveMember> confirmPanel(String caseRef) throws Exception {
    complete(OFFICER, waitForTask(OFFICER, caseRef, "Task_ConfirmPanel"), Map.of("panelDecision", "confirm"));
    List<ActiveMember> members = panels.activeMembers(caseRef);
    members.forEach(m -> setPassword(m.userId()));
    return members;
  }

  public String chair(String caseRef) {
    return panels.activeMembers(caseRef).stream().filter(ActiveMember::chair).findFirst().orElseThrow().userId();
  }

  /** The whole co-design phase through the APIs, ending with signed-off tender documents. */
  public void coDesign(String caseRef) throws Exception {
    List<ActiveMember> members = panels.activeMembers(caseRef);
    String chair = chair(caseRef);
    for (ActiveMember m : members) {
      complete(m.userId(), waitForTask(m.userId(), caseRef, "Task_DeclareConflicts"), Map.of("hasConflict", false));
    }
    for (ActiveMember m : members) {
      complete(m.userId(), waitForTask(m.userId(), caseRef, "Task_RecordNeeds"), Map.of("needs", "A safe service"));
    }
    complete(chair, waitForTask(chair, caseRef, "Task_ConsolidateNeeds"), Map.of("assessment", "A safe service."));
    Map<String, Object> draft = specificationDraft();
    complete(chair, waitForTask(chair, caseRef, "Task_DraftSpecification"), draft);
    for (ActiveMember m : members) {
      complete(m.userId(), waitForTask(m.userId(), caseRef, "Task_VoteOnSpecification"), Map.of("vote", "approve"));
    }
    String budgetTask = waitFor(() -> ids(FINANCE,
        "/engine-rest/task?candidateGroup=finance&processInstanceBusinessKey=" + caseRef));
    complete(FINANCE, budgetTask, Map.of("budgetDecision", "approve"));
    for (ActiveMember m : members) {
      complete(m.userId(), waitForTask(m.userId(), caseRef, "Task_SignOffTenderDocuments"), Map.of("vote", "approve"));
    }
  }

  /** What the chair's "Draft specification" form sends: quality 50, price 35, social value 15. */
  public static Map<String, Object> specificationDraft() {
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("outcomes", "Open five evenings a week\nStaffed by trained youth workers");
    draft.put("serviceLevels", "Two workers on site at all times");
    draft.put("durationMonths", 24);
    draft.put("estimatedValue", 180000);
    draft.put("plainSummary", "A staffed evening space");
    draft.put("qualityName", "Quality of service");
    draft.put("qualityWeight", 50);
    draft.put("priceWeight", 35);
    draft.put("socialValueName", "Social value");
    draft.put("socialValueWeight", 15);
    return draft;
  }

  public String waitForTask(String user, String caseRef, String taskKey) {
    return waitFor(() -> ids(user, "/engine-rest/task?assignee=" + user + "&processInstanceBusinessKey=" + caseRef
        + "&taskDefinitionKey=" + taskKey));
  }

  /** Polls (jobs run asynchronously) until the query yields exactly one task id. */
  public String waitFor(Supplier<List<String>> query) {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<String> found = query.get();
    while (found.size() != 1 && System.nanoTime() < until) {
      sleep(250);
      found = query.get();
    }
    assertThat(found).as("exactly one task").hasSize(1);
    return found.get(0);
  }

  public List<String> ids(String user, String path) {
    ResponseEntity<String> response = call(user, HttpMethod.GET, path, null);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    try {
      for (JsonNode node : json.readTree(response.getBody())) {
        ids.add(node.get("id").asText());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  public void complete(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    ResponseEntity<String> response = call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskId, response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  public ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** Drawn volunteers may have a login nobody knows; an administrator sets the first password. */
  public void setPassword(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
