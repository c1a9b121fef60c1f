package org.coproduce.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Who sees and works which task, through the real HTTP APIs with each user's own credentials:
 * two confirmed panels (A and B), a task offered to each, a finance queue task, a supplier.
 * Tasks come from a test-only process (src/test/resources/panel), deployed here.
 */
@PostgresIntegrationTest
class PanelAccessIT {

  static final String CASE_A = "PA-2026-001";
  static final String CASE_B = "PA-2026-002";
  static final String PASSWORD = "Correct-horse-7";

  @Autowired TestRestTemplate http;
  @Autowired PanelService panels;
  @Autowired People people;
  @Autowired IdentityDirectory identities;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();

  static boolean ready;
  static String citizenA;
  static String officialA;
  static String taskA;
  static String taskB;
  static String financeTask;

  @BeforeEach
  void formTwoPanelsAndOfferATaskToEach() {
    if (ready) {
      return;
    }
    login("pa-officer", Roles.COMMISSIONING_OFFICERS, Roles.OFFICIALS);
    login("pa-finance", Roles.FINANCE, Roles.OFFICIALS);
    login("pa-supplier", Roles.SUPPLIERS);
    for (int i = 1; i <= 3; i++) {
      login("pa-official" + i, Roles.OFFICIALS);
      people.registerOfficial(new NewOfficial("pa-official" + i, "Access", "Official " + i, null, "Housing",
          "Officer", null));
    }
    for (int i = 1; i <= 14; i++) {
      people.registerVolunteer(new NewVolunteer("Access", "Volunteer " + i, "pa-vol" + i + "@example.org", "north",
          "30-44", i % 2 == 0 ? "female" : "male", "owner", "pa-household-" + i, null, null), "pa-officer");
    }
    panels.draw(CASE_A, "Access test A", "pa-officer", new DrawOptions("seed-a", Map.of()));
    panels.confirm(CASE_A, "pa-officer");
    panels.draw(CASE_B, "Access test B", "pa-officer", new DrawOptions("seed-b", Map.of()));
    panels.confirm(CASE_B, "pa-officer");

    Set<String> onB = panels.activeMembers(CASE_B).stream().map(ActiveMember::userId).collect(Collectors.toSet());
    List<ActiveMember> onlyOnA = panels.activeMembers(CASE_A).stream().filter(m -> !onB.contains(m.userId())).toList();
    citizenA = onlyOnA.stream().filter(m -> m.kind() == MemberKind.CITIZEN).findFirst().orElseThrow().userId();
    officialA = panels.activeMembers(CASE_A).stream().filter(m -> m.kind() == MemberKind.OFFICIAL).findFirst()
        .orElseThrow().userId();
    // Drawn volunteers got a login with a password nobody knows; an administrator sets the first one.
    setPassword(citizenA);
    setPassword(officialA);

    repository.createDeployment().name("panel-access-test").addClasspathResource("panel/PanelTaskTestProcess.bpmn")
        .deploy();
    taskA = startTask(Roles.panelGroup(CASE_A), "secret of A");
    taskB = startTask(Roles.panelGroup(CASE_B), "secret of B");
    financeTask = startTask(Roles.FINANCE, "budget figures");
    ready = true;
  }

  @Test
  void aCitizenListsClaimsAndCompletesTheirOwnPanelsTask() throws Exception {
    String taskForThisTest = startTask(Roles.panelGroup(CASE_A), "work of A");

    List<String> visible = ids(as(citizenA, HttpMethod.GET, "/engine-rest/task", null));
    assertThat(visible).contains(taskA, taskForThisTest).doesNotContain(taskB, financeTask);

    assertThat(as(citizenA, HttpMethod.GET, "/engine-rest/task/" + taskForThisTest + "/variables", null).getBody())
        .contains("work of A");
    assertThat(as(citizenA, HttpMethod.POST, "/engine-rest/task/" + taskForThisTest + "/claim",
        Map.of("userId", citizenA)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(citizenA, HttpMethod.POST, "/engine-rest/task/" + taskForThisTest + "/complete", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(taskService.createTaskQuery().taskId(taskForThisTest).count()).isZero();
  }

  @Test
  void aCitizenCannotSeeClaimCompleteOrReadAnotherPanelsTask() throws Exception {
    assertThat(ids(as(citizenA, HttpMethod.GET, "/engine-rest/task?candidateGroup=" + Roles.panelGroup(CASE_B), null)))
        .isEmpty();
    assertThat(as(citizenA, HttpMethod.GET, "/engine-rest/task/" + taskB, null).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> variables = as(citizenA, HttpMethod.GET, "/engine-rest/task/" + taskB + "/variables", null);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(variables.getBody()).doesNotContain("secret of B");
    assertThat(as(citizenA, HttpMethod.POST, "/engine-rest/task/" + taskB + "/claim", Map.of("userId", citizenA))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(citizenA, HttpMethod.POST, "/engine-rest/task/" + taskB + "/complete", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(citizenA, HttpMethod.GET, "/engine-rest/process-instance", null).getBody()).isEqualTo("[]");

    assertThat(taskService.createTaskQuery().taskId(taskB).singleResult().getAssignee()).isNull();
  }

  @Test
  void officialsSeeTheirPanelsTasksAndTheirRoleQueuesOnly() throws Exception {
    boolean alsoOnB = panels.activeMembers(CASE_B).stream().anyMatch(m -> m.userId().equals(officialA));
    List<String> official = ids(as(officialA, HttpMethod.GET, "/engine-rest/task", null));
    assertThat(official).contains(taskA).doesNotContain(financeTask);
    assertThat(official.contains(taskB)).as("sees B's task exactly when on panel B").isEqualTo(alsoOnB);
    assertThat(ids(as("pa-finance", HttpMethod.GET, "/engine-rest/task", null))).contains(financeTask)
        .doesNotContain(taskA, taskB);
    assertThat(ids(as(citizenA, HttpMethod.GET, "/engine-rest/task", null))).doesNotContain(financeTask);
  }

  @Test
  void everyoneFindsTheirWorkInFiltersMadeForThem() throws Exception {
    Map<String, String> citizenFilters = filters(citizenA);
    assertThat(citizenFilters).containsKeys("Panel: Access test A", "My tasks")
        .doesNotContainKeys("Panel: Access test B", "Queue: Finance", "Queue: Commissioning officers");
    JsonNode listed = json.readTree(as(citizenA, HttpMethod.GET,
        "/engine-rest/filter/" + citizenFilters.get("Panel: Access test A") + "/list", null).getBody());
    List<String> listedIds = new ArrayList<>();
    listed.forEach(t -> listedIds.add(t.get("id").asText()));
    assertThat(listedIds).contains(taskA).doesNotContain(taskB);

    assertThat(filters("pa-finance")).containsKeys("Queue: Finance").doesNotContainKeys("Panel: Access test A");
    assertThat(filters("pa-officer")).containsKeys("Queue: Commissioning officers");
  }

  @Test
  void aSupplierGetsForbiddenEverywhereInTheEngineApi() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/task/" + taskA, "/engine-rest/task/count",
        "/engine-rest/filter", "/engine-rest/process-definition", "/engine-rest/process-instance",
        "/engine-rest/user", "/engine-rest/group", "/engine-rest/history/task", "/engine-rest/deployment")) {
      assertThat(as("pa-supplier", HttpMethod.GET, path, null).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(as("pa-supplier", HttpMethod.POST, "/engine-rest/task/" + taskA + "/claim",
        Map.of("userId", "pa-supplier")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("pa-supplier", HttpMethod.POST, "/engine-rest/process-definition/key/PanelTaskTestProcess/start",
        Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskA).singleResult().getAssignee()).isNull();
  }

  @Test
  void aCitizenCannotUseCockpitOrAdminButAnAdministratorCan() {
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    String citizenSession = webappLogin(citizenA, PASSWORD, "tasklist");
    assertThat(withSession(citizenSession, statistics).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(withSession(citizenSession, "/camunda/api/engine/engine/default/task").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // Logging in "to Cockpit" does not help: the session is authorized for Tasklist only.
    for (String app : List.of("cockpit", "admin")) {
      ResponseEntity<String> login = webappLoginResponse(citizenA, PASSWORD, app);
      if (login.getStatusCode().is2xxSuccessful()) {
        assertThat(login.getBody()).contains("\"tasklist\"").doesNotContain("\"" + app + "\"");
      } else {
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      }
      assertThat(withSession(cookies(login, null), statistics).getStatusCode()).as(app)
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
    }

    String adminSession = webappLogin("admin", "admin-secret", "cockpit");
    assertThat(withSession(adminSession, statistics).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aSupplierCannotUseTasklist() {
    ResponseEntity<String> login = webappLoginResponse("pa-supplier", PASSWORD, "tasklist");
    if (login.getStatusCode().is2xxSuccessful()) {
      assertThat(login.getBody()).doesNotContain("\"tasklist\"").doesNotContain("\"cockpit\"");
    } else {
      assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(withSession(cookies(login, null), "/camunda/api/engine/engine/default/task").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void commissioningOfficersMayStartTheCommissioningProcessAndNobodyElse() {
    assertThat(authorizationService.isUserAuthorized("pa-officer", List.of(Roles.COMMISSIONING_OFFICERS),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "CommissioningProcess")).isTrue();
    assertThat(authorizationService.isUserAuthorized(citizenA, List.of(Roles.CITIZENS, Roles.panelGroup(CASE_A)),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "CommissioningProcess")).isFalse();
    // A citizen cannot start the test process either (no CREATE_INSTANCE anywhere).
    assertThat(as(citizenA, HttpMethod.POST, "/engine-rest/process-definition/key/PanelTaskTestProcess/start",
        Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aMemberDeclaresForThemselfOnlyAndCannotFormPanels() {
    ResponseEntity<String> own = as(citizenA, HttpMethod.POST, "/api/panels/" + CASE_A + "/declarations",
        Map.of("memberUserId", citizenA, "hasConflict", false));
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(own.getBody()).contains("\"declaredBy\":\"" + citizenA + "\"");

    ResponseEntity<String> forSomeoneElse = as(citizenA, HttpMethod.POST, "/api/panels/" + CASE_A + "/declarations",
        Map.of("memberUserId", officialA, "hasConflict", true));
    assertThat(forSomeoneElse.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(citizenA, HttpMethod.POST, "/api/panels/" + CASE_A + "/replacements",
        Map.of("memberUserId", officialA, "reason", "I do not like them")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("pa-supplier", HttpMethod.GET, "/api/volunteers", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // ------------------------------------------------------------------ helpers

  void login(String userId, String... groups) {
    identities.ensureUser(userId, "Test", userId, null, PASSWORD);
    for (String group : groups) {
      identities.addToGroup(userId, group);
    }
  }

  void setPassword(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }

  /** A task offered to the group, in a process of the group's case (business key = case reference) as case processes are. */
  String startTask(String group, String secret) {
    String caseRef = group.startsWith(Roles.PANEL_GROUP_PREFIX) ? group.substring(Roles.PANEL_GROUP_PREFIX.length())
        : null;
    String instance = runtime.startProcessInstanceByKey("PanelTaskTestProcess", caseRef,
        Map.of("panelGroup", group, "secret", secret)).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  ResponseEntity<String> as(String userId, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(userId, PASSWORD).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  List<String> ids(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    json.readTree(response.getBody()).forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  Map<String, String> filters(String userId) throws Exception {
    ResponseEntity<String> response = as(userId, HttpMethod.GET, "/engine-rest/filter?resourceType=Task", null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, String> byName = new java.util.HashMap<>();
    json.readTree(response.getBody()).forEach(f -> byName.put(f.get("name").asText(), f.get("id").asText()));
    return byName;
  }

  /** Logs into a webapp as the browser does; returns the Cookie header of the session. */
  String webappLogin(String userId, String password, String app) {
    ResponseEntity<String> response = webappLoginResponse(userId, password, app);
    assertThat(response.getStatusCode()).as("login of %s to %s", userId, app).isEqualTo(HttpStatus.OK);
    return cookies(response, null);
  }

  ResponseEntity<String> webappLoginResponse(String userId, String password, String app) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
    String cookie = cookies(page, null);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
      String xsrf = cookie.replaceAll("^.*XSRF-TOKEN=([^;]*).*$", "$1");
      if (cookie.contains("XSRF-TOKEN=")) {
        headers.add("X-XSRF-TOKEN", xsrf);
      }
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", userId);
    form.add("password", password);
    ResponseEntity<String> response = http.exchange("/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    return ResponseEntity.status(response.getStatusCode()).headers(merge(page, response)).body(response.getBody());
  }

  private static HttpHeaders merge(ResponseEntity<?> first, ResponseEntity<?> second) {
    HttpHeaders headers = new HttpHeaders();
    List<String> cookies = new ArrayList<>();
    if (first.getHeaders().get(HttpHeaders.SET_COOKIE) != null) {
      cookies.addAll(first.getHeaders().get(HttpHeaders.SET_COOKIE));
    }
    if (second.getHeaders().get(HttpHeaders.SET_COOKIE) != null) {
      cookies.addAll(second.getHeaders().get(HttpHeaders.SET_COOKIE));
    }
    headers.put(HttpHeaders.SET_COOKIE, cookies);
    return headers;
  }

  /** The Cookie header for the cookies a response set (later ones win). */
  static String cookies(ResponseEntity<?> response, String existing) {
    List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (set == null || set.isEmpty()) {
      return existing;
    }
    Map<String, String> jar = new java.util.LinkedHashMap<>();
    for (String c : set) {
      String pair = c.split(";", 2)[0];
      jar.put(pair.substring(0, pair.indexOf('=')), pair);
    }
    return String.join("; ", jar.values());
  }

  private ResponseEntity<String> withSession(String cookie, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
