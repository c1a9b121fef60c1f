package org.coproduce.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coproduce.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes, one database (Camunda's homogeneous cluster, docs/operations.md): two instances of the
 * packaged application on ports of their own against one PostgreSQL database, both job executors
 * active and polling often. They start together on an empty database; a case then goes from its
 * opening to the award notices with every request sent to the two nodes in turn. The deadline timer
 * and the notification job each run exactly once across both.
 */
// Starts applications of its own: it runs in a JVM of its own (pom: failsafe "own-application").
@Tag("own-application")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  private static final Duration START = Duration.ofMinutes(4);
  private static final List<String> SUPPLIERS = List.of("ops-supplier1", "ops-supplier2", "ops-supplier3");

  static GreenMail mail;
  static AppNode a;
  static AppNode b;
  static Api onA;
  static Api onB;
  static HttpJourney journey;
  static String tenderProcess;
  static long waitingNodesCreatedEngineTables = -1;

  /** The advisory lock key of the production StartupLock ("Coproduc"). */
  private static final long STARTUP_LOCK = 0x436f70726f647563L;

  /**
   * Both nodes are started while the test itself holds the start-up lock, so both must wait for it
   * before they touch the engine's schema; then it is let go and they race for it at the same moment.
   */
  @BeforeAll
  static void startTwoNodesTogether() throws SQLException {
    String url = PostgresTestDatabase.createDatabase("coproduce_test_nodes");
    mail = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    Map<String, String> settings = Map.of(
        "spring.mail.port", String.valueOf(mail.getSmtp().getPort()),
        // From the tender documents to the deadline: time for the sign-off, publication and three bids.
        "coproduce.tender-documents.submission-period", "PT75S");
    a = new AppNode("node-a", url, settings);
    b = new AppNode("node-b", url, settings);
    try (Connection holder = DriverManager.getConnection(url, PostgresTestDatabase.user(),
        PostgresTestDatabase.password())) {
      holder.createStatement().execute("select pg_advisory_lock(" + STARTUP_LOCK + ")");
      a.start();
      b.start();
      a.awaitLog("waiting for it to finish its start-up", START);
      b.awaitLog("waiting for it to finish its start-up", START);
      try (ResultSet tables = holder.createStatement().executeQuery(
          "select count(*) from information_schema.tables where lower(table_name) like 'act\\_%'")) {
        tables.next();
        waitingNodesCreatedEngineTables = tables.getLong(1);
      }
    } // closing the connection lets go of the lock
    onA = new Api(a);
    onB = new Api(b);
  }

  @AfterAll
  static void stopEverything() {
    for (AppNode node : new AppNode[] {a, b}) {
      if (node != null) {
        node.kill();
      }
    }
    if (mail != null) {
      mail.stop();
    }
  }

  @Test
  @Order(1)
  void bothNodesStartTogetherOnAnEmptyDatabaseAndInitialiseItOnce() throws Exception {
    assertThat(waitingNodesCreatedEngineTables).as("engine tables created while the lock was held").isZero();
    a.awaitReady(START);
    b.awaitReady(START);

    for (Api api : List.of(onA, onB)) {
      assertThat(admin(api, "/engine-rest/deployment/count").get("count").asLong())
          .as("deployments seen by %s", api.node().name()).isEqualTo(1);
      assertThat(admin(api, "/engine-rest/user?memberOfGroup=camunda-admin")).as("administrators").hasSize(1);
      List<String> filters = new ArrayList<>();
      admin(api, "/engine-rest/filter").forEach(f -> filters.add(f.get("name").asText()));
      assertThat(filters).as("filters, each once").isNotEmpty().doesNotHaveDuplicates();
      List<String> authorizations = new ArrayList<>();
      admin(api, "/engine-rest/authorization?groupIdIn=officials&maxResults=1000").forEach(x ->
          authorizations.add(x.get("resourceType").asText() + "/" + x.get("resourceId").asText()));
      assertThat(authorizations).as("officials' grants, each once").isNotEmpty().doesNotHaveDuplicates();
    }
    // Both job executors run: each node competes for every job below.
    for (AppNode node : List.of(a, b)) {
      assertThat(Files.readString(node.log())).as("%s's log", node.name()).contains("Starting up the JobExecutor");
    }
    journey = new HttpJourney(List.of(onA, onB));
  }

  @Test
  @Order(2)
  void aTaskCompletedOnOneNodeIsGoneOnTheOther() {
    journey.people();
    journey.openCase("Two nodes youth space");
    // The panel is drawn by an asynchronous job, on whichever node took it.
    String confirm = new HttpJourney(List.of(onB)).withCase(journey.caseRef)
        .waitForTask(HttpJourney.OFFICER, "Task_ConfirmPanel");
    assertThat(task(onA, confirm).status()).as("the task on node A").isEqualTo(200);

    HttpJourney.complete(onA, HttpJourney.OFFICER, confirm, Map.of("panelDecision", "confirm"));

    assertThat(task(onB, confirm).status()).as("the completed task on node B").isEqualTo(404);
    JsonNode historic = admin(onB, "/engine-rest/history/task?taskId=" + confirm);
    assertThat(historic).hasSize(1);
    assertThat(historic.get(0).get("endTime").isNull()).as("completed, seen by node B").isFalse();
    assertThat(historic.get(0).get("deleteReason").asText()).isEqualTo("completed");
    // What the completion started (the panel's first tasks) is there for node B too.
    JsonNode panel = HttpJourney.ok(onB.call(HttpJourney.OFFICER, HttpJourney.PASSWORD, "GET",
        "/api/panels/" + journey.caseRef, null, Map.of())).json();
    assertThat(panel.get("status").asText()).isEqualTo("CONFIRMED");
    journey.readPanel();
  }

  @Test
  @Order(3)
  void theSubmissionDeadlineTimerFiresOnceAcrossBothNodes() {
    journey.coDesign();
    for (int i = 0; i < SUPPLIERS.size(); i++) {
      journey.login(SUPPLIERS.get(i), "suppliers");
      journey.submit(i % 2 == 0 ? onA : onB, SUPPLIERS.get(i), String.valueOf(150000 + 10000 * i) + ".00");
    }
    tenderProcess = admin(onA, "/engine-rest/process-instance?processDefinitionKey=TenderProcess&businessKey="
        + journey.caseRef).get(0).get("id").asText();

    // The timer fires by itself once the server clock passes the deadline; opening tasks follow.
    journey.waitForOne(HttpJourney.OFFICER, "/engine-rest/task?taskDefinitionKey=Task_ConfirmOpening"
        + "&processInstanceBusinessKey=" + journey.caseRef);

    for (Api api : List.of(onA, onB)) {
      assertThat(activities(api, "TimerEvent_SubmissionDeadline")).as("timer passages").hasSize(1);
      assertThat(activities(api, "Task_CloseSubmissions")).as("closings").hasSize(1);
    }
    JsonNode runs = admin(onA, "/engine-rest/history/job-log?processInstanceId=" + tenderProcess
        + "&activityIdIn=TimerEvent_SubmissionDeadline&successLog=true");
    assertThat(runs).as("successful executions of the deadline timer").hasSize(1);
    assertThat(runs.get(0).get("hostname").asText()).isIn(a.name(), b.name());
    assertThat(admin(onB, "/engine-rest/history/job-log?processInstanceId=" + tenderProcess
        + "&activityIdIn=TimerEvent_SubmissionDeadline&failureLog=true")).as("failed executions").isEmpty();
    assertThat(decisions("tender.closed")).as("'tender closed' in the decision record").isEqualTo(1);
  }

  @Test
  @Order(4)
  void theAwardNotificationJobRunsOnceAndEachBidderGetsOneMail() throws Exception {
    journey.openBids();
    journey.evaluateAndApprove(SUPPLIERS.size(), Map.of("ops-supplier1", 8));

    // The process goes past the notification task only when every notice is sent (ADR 0005).
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (finished(onB, "Task_NotifyAwardDecision") == 0 && System.nanoTime() < until) {
      AppNode.sleep(250);
    }
    assertThat(finished(onB, "Task_NotifyAwardDecision")).as("notification task done").isEqualTo(1);
    mail.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), SUPPLIERS.size());

    Map<String, Integer> perRecipient = new TreeMap<>();
    Set<String> messageIds = new HashSet<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      perRecipient.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
      messageIds.add(m.getMessageID());
    }
    Map<String, Integer> once = new TreeMap<>();
    SUPPLIERS.forEach(s -> once.put(s + "@example.org", 1));
    assertThat(perRecipient).as("mails per recipient").isEqualTo(once);
    assertThat(messageIds).as("distinct Message-IDs").hasSize(SUPPLIERS.size());

    JsonNode runs = admin(onA, "/engine-rest/history/job-log?processInstanceId=" + tenderProcess
        + "&activityIdIn=Task_NotifyAwardDecision&successLog=true");
    assertThat(runs).as("successful executions of the notification job").hasSize(1);
    JsonNode sent = admin(onB, "/api/notifications?status=SENT");
    assertThat(sent).hasSize(SUPPLIERS.size());
    sent.forEach(n -> assertThat(n.get("attempts").asInt()).as("attempts of %s", n.get("dedupKey")).isEqualTo(1));

    // Which node ran which job: informative, both compete.
    Map<String, Integer> byNode = new HashMap<>();
    admin(onA, "/engine-rest/history/job-log?processInstanceId=" + tenderProcess + "&successLog=true")
        .forEach(j -> byNode.merge(j.get("hostname").asText(), 1, Integer::sum));
    System.out.println("Jobs of the tender process by node: " + byNode);
  }

  /**
   * What a load balancer in front of the nodes must know: the APIs authenticate every request
   * (HTTP Basic) and set no cookie, so any node may answer any request; a webapp login lives in the
   * HTTP session of the node that took it, so the other node does not know it.
   */
  @Test
  @Order(5)
  void theApisNeedNoSessionButAWebappLoginLivesOnOneNode() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("/api/cases", "/engine-rest/task?assignee=" + HttpJourney.OFFICER)) {
      HttpResponse<String> response = http.send(request(a, path).header("Authorization", basic(HttpJourney.OFFICER))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by %s", path).isEmpty();
    }

    HttpResponse<String> page = http.send(request(a, "/camunda/app/tasklist/default/").build(),
        HttpResponse.BodyHandlers.ofString());
    Map<String, String> cookies = new LinkedHashMap<>();
    remember(cookies, page);
    HttpRequest.Builder login = request(a, "/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + HttpJourney.OFFICER + "&password="
            + HttpJourney.PASSWORD));
    if (cookies.containsKey("XSRF-TOKEN")) {
      login.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    login.header("Cookie", cookieHeader(cookies));
    HttpResponse<String> loggedIn = http.send(login.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
    remember(cookies, loggedIn);
    assertThat(cookies).containsKey("JSESSIONID");

    String who = "/camunda/api/admin/auth/user/default";
    HttpResponse<String> onNodeA = http.send(request(a, who).header("Cookie", cookieHeader(cookies)).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> onNodeB = http.send(request(b, who).header("Cookie", cookieHeader(cookies)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(onNodeA.statusCode()).isEqualTo(200);
    assertThat(onNodeA.body()).contains(HttpJourney.OFFICER);
    assertThat(onNodeB.body()).as("node B's answer (%s)", onNodeB.statusCode()).doesNotContain(HttpJourney.OFFICER);
  }

  private static HttpRequest.Builder request(AppNode node, String path) {
    return HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(30));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + HttpJourney.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  private static void remember(Map<String, String> cookies, HttpResponse<?> response) {
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
  }

  private static String cookieHeader(Map<String, String> cookies) {
    StringBuilder header = new StringBuilder();
    cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
    return header.toString();
  }

  // ------------------------------------------------------------------ helpers

  private static Api.Response task(Api api, String taskId) {
    return api.call(HttpJourney.OFFICER, HttpJourney.PASSWORD, "GET", "/engine-rest/task/" + taskId, null, Map.of());
  }

  private static JsonNode admin(Api api, String path) {
    return HttpJourney.ok(api.call(AppNode.ADMIN, AppNode.ADMIN_PASSWORD, "GET", path, null, Map.of())).json();
  }

  private static JsonNode activities(Api api, String activityId) {
    return admin(api, "/engine-rest/history/activity-instance?processInstanceId=" + tenderProcess
        + "&activityId=" + activityId);
  }

  private static long finished(Api api, String activityId) {
    long n = 0;
    for (JsonNode x : activities(api, activityId)) {
      if (!x.get("endTime").isNull()) {
        n++;
      }
    }
    return n;
  }

  private static long decisions(String action) {
    long n = 0;
    for (JsonNode d : HttpJourney.ok(onB.get(null, null, "/api/public/decisions?caseRef=" + journey.caseRef)).json()) {
      if (action.equals(d.get("action").asText())) {
        n++;
      }
    }
    return n;
  }
}
