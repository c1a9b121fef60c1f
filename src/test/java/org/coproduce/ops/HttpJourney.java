package org.coproduce.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A case taken through the commissioning cycle over HTTP only, as its people do, each with their own
 * login: the administrator creates the logins (engine REST), finance enters a budget line, the officer
 * registers officials and volunteers, opens the case, confirms the drawn panel; the panel co-designs
 * the tender; suppliers bid; after the deadline two people open the bids; the panel evaluates and
 * recommends; the approver approves. For child-process nodes, where no Spring bean is at hand.
 *
 * <p>Requests go to the nodes given in turn, so with two nodes every step is seen by both.
 */
final class HttpJourney {

  static final String PASSWORD = "Ops-pass-7";
  static final String OFFICER = "ops-officer";
  static final String FINANCE = "ops-finance";
  static final String APPROVER = "ops-approver";
  static final String BUDGET_LINE = "OPS-LINE";
  private static final String[] WARDS = {"north", "south", "east", "west"};
  private static final String[] AGES = {"16-29", "30-44", "45-64", "65-plus"};
  private static final String[] TENURES = {"owner", "private-renter", "social-renter"};
  private static final Duration PATIENCE = Duration.ofSeconds(180);

  private final List<Api> nodes;
  private final AtomicInteger turn = new AtomicInteger();
  String caseRef;
  String tenderId;
  String deadline;
  List<String> members = List.of();
  String chair;
  String citizen;

  HttpJourney(List<Api> nodes) {
    this.nodes = new ArrayList<>(nodes);
  }

  /** The node for the next request (in turn). */
  Api api() {
    return nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
  }

  void replaceNode(int index, Api api) {
    nodes.set(index, api);
  }

  // ------------------------------------------------------------------ people and budget

  /** Logins, role memberships, officials, a volunteer pool of 16 and a budget line. */
  void people() {
    login(OFFICER, "commissioning-officers", "officials");
    login(FINANCE, "finance", "officials");
    login(APPROVER, "approvers", "senior-approvers", "officials");
    ok(as(FINANCE, "POST", "/api/budget-lines", Map.of("code", BUDGET_LINE, "name", "Operations tests",
        "amount", new BigDecimal("5000000"), "currency", "CAD", "fiscalYear", 2027)));
    for (int i = 1; i <= 3; i++) {
      String official = "ops-official" + i;
      login(official, "officials");
      ok(as(OFFICER, "POST", "/api/officials", Map.of("userId", official, "firstName", "Ops",
          "lastName", "Official " + i, "department", "Housing", "jobRole", "Officer")));
    }
    for (int i = 0; i < 16; i++) {
      String user = "ops-citizen" + i;
      login(user, "citizens");
      Map<String, Object> volunteer = new LinkedHashMap<>();
      volunteer.put("firstName", "Ops");
      volunteer.put("lastName", "Citizen " + i);
      volunteer.put("email", user + "@example.org");
      volunteer.put("ward", WARDS[i % 4]);
      volunteer.put("ageBand", AGES[(i / 4) % 4]);
      volunteer.put("gender", i % 2 == 0 ? "female" : "male");
      volunteer.put("extraFeature", TENURES[i % 3]);
      volunteer.put("household", "ops-household-" + i);
      volunteer.put("userId", user);
      ok(as(OFFICER, "POST", "/api/volunteers", volunteer));
    }
  }

  /** The administrator creates a login (engine REST) and puts it in the groups. */
  void login(String user, String... groups) {
    Api api = api();
    ok(api.call(AppNode.ADMIN, AppNode.ADMIN_PASSWORD, "POST", "/engine-rest/user/create",
        Map.of("profile", Map.of("id", user, "firstName", "Ops", "lastName", user, "email", user + "@example.org"),
            "credentials", Map.of("password", PASSWORD)), Map.of()));
    for (String group : groups) {
      ok(api.call(AppNode.ADMIN, AppNode.ADMIN_PASSWORD, "PUT", "/engine-rest/group/" + group + "/members/" + user,
          null, Map.of()));
    }
  }

  // ------------------------------------------------------------------ commissioning and co-design

  void openCase(String title) {
    Api.Response opened = as(OFFICER, "POST", "/api/cases", Map.of("serviceArea", "Community services",
        "title", title, "problemStatement", "Residents need this service and nobody provides it today.",
        "budgetLine", BUDGET_LINE, "envelopeAmount", 200000));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    caseRef = opened.json().get("ref").asText();
  }

  /** The same case, its requests sent to other nodes. */
  HttpJourney withCase(String caseRef) {
    this.caseRef = caseRef;
    return this;
  }

  void confirmPanel() {
    complete(OFFICER, waitForTask(OFFICER, "Task_ConfirmPanel"), Map.of("panelDecision", "confirm"));
    readPanel();
  }

  /** The confirmed panel's members, chair and a citizen (the witness at the opening). */
  void readPanel() {
    JsonNode panel = ok(as(OFFICER, "GET", "/api/panels/" + caseRef, null)).json();
    List<String> ids = new ArrayList<>();
    for (JsonNode m : panel.get("members")) {
      ids.add(m.get("userId").asText());
      if (m.get("chair").asBoolean()) {
        chair = m.get("userId").asText();
      }
      if (citizen == null && "CITIZEN".equals(m.get("kind").asText())) {
        citizen = m.get("userId").asText();
      }
    }
    members = ids;
  }

  /** The co-design phase; ends with signed-off tender documents and the tender published. */
  void coDesign() {
    for (String m : members) {
      complete(m, waitForTask(m, "Task_DeclareConflicts"), Map.of("hasConflict", false));
    }
    for (String m : members) {
      complete(m, waitForTask(m, "Task_RecordNeeds"), Map.of("needs", "A safe service"));
    }
    complete(chair, waitForTask(chair, "Task_ConsolidateNeeds"), Map.of("assessment", "A safe service."));
    Map<String, Object> draft = org.coproduce.testsupport.CommissioningFixture.specificationDraft();
    complete(chair, waitForTask(chair, "Task_DraftSpecification"), draft);
    for (String m : members) {
      complete(m, waitForTask(m, "Task_VoteOnSpecification"), Map.of("vote", "approve"));
    }
    complete(FINANCE, waitForOne(FINANCE, "/engine-rest/task?candidateGroup=finance&processInstanceBusinessKey="
        + caseRef), Map.of("budgetDecision", "approve"));
    for (String m : members) {
      complete(m, waitForTask(m, "Task_SignOffTenderDocuments"), Map.of("vote", "approve"));
    }
    JsonNode tender = openTender();
    tenderId = tender.get("id").asText();
    deadline = tender.get("submissionDeadline").asText();
  }

  private JsonNode openTender() {
    long until = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < until) {
      for (JsonNode t : ok(api().get(null, null, "/api/tenders?status=open")).json()) {
        if (t.get("ocid").asText().endsWith(caseRef)) {
          return t;
        }
      }
      AppNode.sleep(250);
    }
    throw new AssertionError("no open tender for " + caseRef);
  }

  // ------------------------------------------------------------------ bids

  static Map<String, Object> bid(String price, String technical, String socialValue) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("price", new BigDecimal(price));
    body.put("technicalResponse", technical);
    body.put("socialValueResponse", socialValue);
    return body;
  }

  /**
   * The receipt hash a supplier expects (ADR 0004): SHA-256 of the canonical JSON. The tests' texts
   * are plain (letters, digits, spaces, simple punctuation), so no character needs escaping.
   */
  static String canonicalSha256(String price, String technical, String socialValue) {
    for (String s : List.of(technical, socialValue)) {
      if (!s.matches("[A-Za-z0-9 .,:;'()-]*")) {
        throw new IllegalArgumentException("keep test texts plain: " + s);
      }
    }
    String canonical = "{\"documents\":[],\"price\":\"" + new BigDecimal(price).setScale(2) + "\",\"socialValueResponse\":\""
        + socialValue + "\",\"technicalResponse\":\"" + technical + "\"}";
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A supplier bids at the given price; returns the receipt. */
  JsonNode submit(Api api, String supplier, String price) {
    Api.Response receipt = api.call(supplier, PASSWORD, "POST", "/api/tenders/" + tenderId + "/bids",
        bid(price, "Outreach workers in every ward, weekly plans.", "Six local jobs at the living wage."),
        Map.of("Idempotency-Key", "bid-" + supplier));
    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    return receipt.json();
  }

  // ------------------------------------------------------------------ opening and evaluation

  /** After the deadline timer closed submissions: an officer and a citizen witness open the bids. */
  void openBids() {
    String official = waitForOne(OFFICER, "/engine-rest/task?taskDefinitionKey=Task_ConfirmOpening"
        + "&processInstanceBusinessKey=" + caseRef);
    claimAndComplete(OFFICER, official, Map.of("openingConfirmed", true));
    String witness = waitForOne(citizen, "/engine-rest/task?taskDefinitionKey=Task_WitnessOpening"
        + "&processInstanceBusinessKey=" + caseRef);
    claimAndComplete(citizen, witness, Map.of("openingConfirmed", true));
  }

  /** Everyone compliant, no conflicts, scores by bidder; moderation, recommendation, approval. */
  void evaluateAndApprove(int bids, Map<String, Integer> qualityByBidder) {
    for (String task : all(OFFICER, "Task_CheckCompliance", bids)) {
      complete(OFFICER, task, Map.of("compliance", "compliant", "complianceReason",
          "Complete, signed and within scope"));
    }
    for (String m : members) {
      for (String task : all(m, "Task_DeclareBidderConflict", bids)) {
        complete(m, task, Map.of("hasConflict", false));
      }
    }
    for (String m : members) {
      for (String task : all(m, "Task_ScoreBid", bids)) {
        int quality = qualityByBidder.getOrDefault(bidderOf(m, task), 6);
        complete(m, task, Map.of("score1", quality, "justification1",
            "Staffing plan and outreach approach judged against the specification", "score2", 7,
            "justification2", "Local jobs and volunteering commitments are concrete and costed"));
      }
    }
    complete(chair, waitForTask(chair, "Task_ModerateScores"), Map.of("moderation", "done"));
    for (String m : members) {
      complete(m, waitForTask(m, "Task_VoteOnRecommendation"), Map.of("vote", "approve"));
    }
    String approval = waitForOne(APPROVER, "/engine-rest/task?taskDefinitionKey=Task_ApproveAward"
        + "&candidateGroup=approvers&processInstanceBusinessKey=" + caseRef);
    claimAndComplete(APPROVER, approval, Map.of("approval", "approve"));
  }

  private String bidderOf(String user, String task) {
    return ok(as(user, "GET", "/engine-rest/task/" + task + "/variables", null)).json()
        .get("bidderName").get("value").asText();
  }

  // ------------------------------------------------------------------ tasks

  String waitForTask(String user, String taskKey) {
    return waitForOne(user, "/engine-rest/task?assignee=" + user + "&processInstanceBusinessKey=" + caseRef
        + "&taskDefinitionKey=" + taskKey);
  }

  /** Polls (jobs run asynchronously, on either node) until the query yields exactly one task. */
  String waitForOne(String user, String path) {
    return waitFor(user, path, 1).get(0);
  }

  List<String> all(String user, String taskKey, int expected) {
    return waitFor(user, "/engine-rest/task?assignee=" + user + "&processInstanceBusinessKey=" + caseRef
        + "&taskDefinitionKey=" + taskKey, expected);
  }

  List<String> waitFor(String user, String path, int expected) {
    long until = System.nanoTime() + PATIENCE.toNanos();
    List<String> found = ids(user, path);
    while (found.size() != expected && System.nanoTime() < until) {
      AppNode.sleep(250);
      found = ids(user, path);
    }
    assertThat(found).as("%s: %s", user, path).hasSize(expected);
    return found;
  }

  List<String> ids(String user, String path) {
    List<String> ids = new ArrayList<>();
    for (JsonNode node : ok(as(user, "GET", path, null)).json()) {
      ids.add(node.get("id").asText());
    }
    return ids;
  }

  void complete(String user, String taskId, Map<String, Object> values) {
    complete(api(), user, taskId, values);
  }

  static void complete(Api api, String user, String taskId, Map<String, Object> values) {
    Api.Response response = api.call(user, PASSWORD, "POST", "/engine-rest/task/" + taskId + "/complete",
        Api.variables(values), Map.of());
    assertThat(response.status()).as("%s completes %s on %s: %s", user, taskId, api.node().name(), response.body())
        .isEqualTo(204);
  }

  void claimAndComplete(String user, String taskId, Map<String, Object> values) {
    ok(as(user, "POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user)));
    complete(user, taskId, values);
  }

  Api.Response as(String user, String method, String path, Object body) {
    return api().call(user, PASSWORD, method, path, body, Map.of());
  }

  Api.Response admin(String method, String path) {
    return api().call(AppNode.ADMIN, AppNode.ADMIN_PASSWORD, method, path, null, Map.of());
  }

  static Api.Response ok(Api.Response response) {
    assertThat(response.ok()).as("%s %s", response.status(), response.body()).isTrue();
    return response;
  }
}
