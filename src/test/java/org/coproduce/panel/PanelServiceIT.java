package org.coproduce.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.coproduce.shared.BusinessRuleViolation;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forming panels through the officers' API on PostgreSQL: the draw (quotas, household rule,
 * reported probabilities, recorded seed), confirmation into a Camunda group in the same
 * transaction, replacement, declarations and the decision record.
 */
@PostgresIntegrationTest
class PanelServiceIT {

  static final String PASSWORD = "Officer-pass-9";
  static final String OFFICER = "ps-officer";
  static final Map<String, Object> QUOTAS = Map.of(
      "ward", Map.of("riverside", Map.of("min", 1, "max", 2), "hillside", Map.of("min", 1, "max", 2),
          "harbour", Map.of("min", 1, "max", 2)),
      "gender", Map.of("female", Map.of("min", 2, "max", 3), "male", Map.of("min", 2, "max", 3)));

  @Autowired TestRestTemplate http;
  @Autowired PanelService panels;
  @Autowired IdentityDirectory identities;
  @Autowired DecisionRecord record;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  final ObjectMapper json = new ObjectMapper();

  static boolean ready;

  @BeforeEach
  void registerOfficialsAndVolunteersThroughTheApi() throws Exception {
    if (ready) {
      return;
    }
    user(OFFICER, Roles.COMMISSIONING_OFFICERS, Roles.OFFICIALS);
    user("ps-finance", Roles.FINANCE, Roles.OFFICIALS);
    user("ps-citizen", Roles.CITIZENS);
    for (String official : List.of("ps-official1", "ps-official2", "ps-official3", "ps-official4")) {
      user(official, Roles.OFFICIALS);
      assertThat(post("/api/officials", Map.of("userId", official, "firstName", "Panel", "lastName", official,
          "department", "Housing", "jobRole", "Officer")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    post("/api/officials", Map.of("userId", "ps-finance", "firstName", "Fin", "lastName", "Ance",
        "department", "Finance", "jobRole", "Finance officer"));
    List<String> wards = List.of("riverside", "hillside", "harbour");
    for (int i = 1; i <= 18; i++) {
      Map<String, Object> volunteer = new HashMap<>(Map.of("firstName", "Vol", "lastName", "Unteer " + i,
          "email", "ps-vol" + i + "@example.org", "ward", wards.get(i % 3), "ageBand", "45-64",
          "gender", i % 2 == 0 ? "female" : "male", "extraFeature", "owner",
          // volunteers 1 and 2 share a household
          "household", i == 2 ? "PS-Household-1" : "ps-household-" + i));
      if (i == 1) {
        volunteer.put("userId", "ps-citizen");
      }
      assertThat(post("/api/volunteers", volunteer).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    ready = true;
  }

  @Test
  void aDrawMeetsTheQuotasRecordsItsSeedAndReportsProbabilities() throws Exception {
    ResponseEntity<String> response = post("/api/panels/PS-2026-001/draw",
        Map.of("caseTitle", "Youth services", "seed", "public-lottery-7-12-31", "quotas", QUOTAS));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode draw = json.readTree(response.getBody());

    assertThat(draw.get("seed").asText()).isEqualTo("public-lottery-7-12-31");
    assertThat(draw.get("method").asText()).isEqualTo("leximin");
    List<JsonNode> citizens = members(draw, "CITIZEN");
    assertThat(citizens).hasSize(6);
    assertThat(members(draw, "OFFICIAL")).hasSize(2)
        .noneMatch(m -> m.get("userId").asText().equals(OFFICER))
        .noneMatch(m -> m.get("userId").asText().equals("ps-finance"));
    assertThat(citizens).filteredOn(m -> m.get("chair").asBoolean()).hasSize(1);

    Map<Long, Double> probability = new HashMap<>();
    draw.get("probabilities").forEach(p -> probability.put(p.get("volunteerId").asLong(), p.get("probability").asDouble()));
    double seated = citizens.stream().mapToDouble(m -> probability.get(m.get("personId").asLong())).sum();
    assertThat(seated).isPositive();
    assertThat(probability.values().stream().mapToDouble(Double::doubleValue).sum()).isBetween(5.999, 6.001);

    // Quotas and the household rule hold for the seated citizens.
    Map<String, List<JsonNode>> byWard = new HashMap<>();
    Set<String> households = new java.util.HashSet<>();
    for (JsonNode v : volunteersOnPanel(citizens)) {
      byWard.computeIfAbsent(v.get("ward").asText(), k -> new ArrayList<>()).add(v);
      assertThat(households.add(v.get("household").asText())).as("one per household").isTrue();
    }
    for (String ward : List.of("riverside", "hillside", "harbour")) {
      assertThat(byWard.getOrDefault(ward, List.of()).size()).as(ward).isBetween(1, 2);
    }

    // The draw is on record with its seed; the same seed draws the same panel again.
    RecordedDecision drawn = record.ofCase("PS-2026-001").get(0);
    assertThat(drawn.action()).isEqualTo("panel.drawn");
    assertThat(drawn.details()).contains("public-lottery-7-12-31").contains("\"lotteryDigest\"");
    assertThat(jdbc.queryForObject("select seed from panel where case_ref = 'PS-2026-001'", String.class))
        .isEqualTo("public-lottery-7-12-31");
    JsonNode redrawn = json.readTree(post("/api/panels/PS-2026-001/redraw",
        Map.of("seed", "public-lottery-7-12-31", "quotas", QUOTAS)).getBody());
    assertThat(redrawn.get("drawNumber").asInt()).isEqualTo(2);
    assertThat(personIds(redrawn)).isEqualTo(personIds(draw));
    JsonNode other = json.readTree(post("/api/panels/PS-2026-001/redraw", Map.of("quotas", QUOTAS)).getBody());
    assertThat(other.get("seed").asText()).hasSize(32).isNotEqualTo("public-lottery-7-12-31");
    assertThat(record.ofCase("PS-2026-001")).extracting(RecordedDecision::action)
        .containsExactly("panel.drawn", "panel.redrawn", "panel.redrawn");
    assertThat(jdbc.queryForObject("select count(*) from panel_draw d join panel p on p.id = d.panel_id "
        + "where p.case_ref = 'PS-2026-001'", Integer.class)).isEqualTo(3);
  }

  @Test
  void confirmingMakesThePanelACamundaGroupWithAFilterAndLoginsForNewMembers() throws Exception {
    post("/api/panels/PS-2026-002/draw", Map.of("caseTitle", "Day centres", "quotas", QUOTAS));
    ResponseEntity<String> confirmed = post("/api/panels/PS-2026-002/confirm", Map.of());
    assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);

    Set<String> members = panels.activeMembers("PS-2026-002").stream().map(ActiveMember::userId)
        .collect(Collectors.toSet());
    assertThat(members).hasSize(8).doesNotContainNull();
    assertThat(identities.membersOf(Roles.panelGroup("PS-2026-002"))).containsExactlyInAnyOrderElementsOf(members);
    for (ActiveMember member : panels.activeMembers("PS-2026-002")) {
      assertThat(identities.groupsOf(member.userId()))
          .contains(member.kind() == MemberKind.CITIZEN ? Roles.CITIZENS : Roles.OFFICIALS);
    }
    Filter filter = filterService.createTaskFilterQuery().filterName("Panel: Day centres").singleResult();
    assertThat(filter).isNotNull();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Roles.panelGroup("PS-2026-002"))
        .resourceType(Resources.FILTER).resourceId(filter.getId()).hasPermission(Permissions.READ).count())
        .isEqualTo(1);
    assertThat(record.ofCase("PS-2026-002")).extracting(RecordedDecision::action)
        .containsExactly("panel.drawn", "panel.confirmed");
    assertThat(post("/api/panels/PS-2026-002/redraw", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void aRolledBackConfirmationLeavesNoGroupBehind() {
    panels.draw("PS-2026-003", "Rollback case", OFFICER, new DrawOptions(null, quotas()));
    String group = Roles.panelGroup("PS-2026-003");

    tx.executeWithoutResult(status -> {
      panels.confirm("PS-2026-003", OFFICER);
      assertThat(identities.membersOf(group)).as("inside the transaction").hasSize(8);
      status.setRollbackOnly();
    });

    assertThat(identities.groupExists(group)).isFalse();
    assertThat(panels.panel("PS-2026-003").status()).isEqualTo(PanelView.DRAWN);
    assertThat(filterService.createTaskFilterQuery().filterName("Panel: Rollback case").count()).isZero();
    assertThat(record.ofCase("PS-2026-003")).extracting(RecordedDecision::action).containsExactly("panel.drawn");
  }

  @Test
  void aMemberWithAConflictIsReplacedByAnAlternateAndTheGroupFollows() throws Exception {
    panels.draw("PS-2026-004", "Meals on wheels", OFFICER, new DrawOptions("replace-seed", quotas()));
    panels.confirm("PS-2026-004", OFFICER);
    ActiveMember leaving = panels.activeMembers("PS-2026-004").stream()
        .filter(m -> m.kind() == MemberKind.CITIZEN).findFirst().orElseThrow();

    ResponseEntity<String> declared = post("/api/panels/PS-2026-004/declarations", Map.of(
        "memberUserId", leaving.userId(), "hasConflict", true, "details", "My sister runs a meals service"));
    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(panels.hasDeclaredConflict("PS-2026-004", leaving.userId(), null)).isTrue();
    assertThat(panels.hasDeclaredConflict("PS-2026-004", leaving.userId(), "bidder-1")).isTrue();

    ResponseEntity<String> replaced = post("/api/panels/PS-2026-004/replacements", Map.of(
        "memberUserId", leaving.userId(), "reason", "Declared a conflict of interest"));
    assertThat(replaced.getStatusCode()).as(replaced.getBody()).isEqualTo(HttpStatus.OK);

    List<ActiveMember> now = panels.activeMembers("PS-2026-004");
    assertThat(now).hasSize(8).noneMatch(m -> m.userId().equals(leaving.userId()));
    assertThat(now).filteredOn(ActiveMember::chair).hasSize(1).allMatch(m -> m.kind() == MemberKind.CITIZEN);
    assertThat(identities.membersOf(Roles.panelGroup("PS-2026-004")))
        .containsExactlyInAnyOrderElementsOf(now.stream().map(ActiveMember::userId).toList())
        .doesNotContain(leaving.userId());
    assertThat(record.ofCase("PS-2026-004")).extracting(RecordedDecision::action)
        .containsExactly("panel.drawn", "panel.confirmed", "panel.conflict-declared", "panel.member-replaced");

    // A bidder-specific declaration, by the member, at bid opening.
    ActiveMember official = now.stream().filter(m -> m.kind() == MemberKind.OFFICIAL).findFirst().orElseThrow();
    panels.declareConflict("PS-2026-004", official.userId(), "bidder-7", true, "Former employer");
    assertThat(panels.hasDeclaredConflict("PS-2026-004", official.userId(), "bidder-7")).isTrue();
    assertThat(panels.hasDeclaredConflict("PS-2026-004", official.userId(), "bidder-8")).isFalse();
    assertThatThrownBy(() -> panels.declareConflict("PS-2026-004", leaving.userId(), null, false, null))
        .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.getRule()).isEqualTo("panel.not-a-member"));
  }

  @Test
  void impossibleQuotasAreRefusedNamingTheCategories() throws Exception {
    Map<String, Object> impossible = Map.of("ward", Map.of("riverside", Map.of("min", 7, "max", 7)),
        "gender", Map.of("female", Map.of("min", 4, "max", 6), "male", Map.of("min", 4, "max", 6)));
    ResponseEntity<String> response = post("/api/panels/PS-2026-005/draw",
        Map.of("caseTitle", "Impossible", "quotas", impossible));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("rule").asText()).isEqualTo("panel.quotas-infeasible");
    assertThat(problem.get("detail").asText()).contains("Categories that cannot be filled: gender, ward")
        .contains("ward=riverside needs at least 7 but only 6");
    assertThat(get("/api/panels/PS-2026-005").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theApiValidatesEveryFieldAndIsForOfficersOnly() throws Exception {
    ResponseEntity<String> invalid = post("/api/volunteers", Map.of("firstName", "", "lastName", "X",
        "email", "not-an-email", "ward", "North Side", "ageBand", "30-44", "gender", "female",
        "extraFeature", "owner", "household", "h"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(invalid.getBody()).get("errors").fieldNames()).toIterable()
        .contains("firstName", "email", "ward");
    assertThat(post("/api/panels/bad ref!/draw", Map.of("caseTitle", "x")).getStatusCode().is4xxClientError())
        .isTrue();
    assertThat(post("/api/panels/PS-2026-009/draw", Map.of("caseTitle", "x", "seed", "no spaces allowed"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("/api/panels/PS-2026-009/draw", Map.of("caseTitle", "x", "quotas",
        Map.of("ward", Map.of("north", Map.of("min", 3, "max", 1))))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> unknownCategory = post("/api/panels/PS-2026-009/draw", Map.of("caseTitle", "x",
        "quotas", Map.of("shoe-size", Map.of("large", Map.of("min", 1, "max", 2)))));
    assertThat(unknownCategory.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(unknownCategory.getBody()).contains("panel.unknown-category");

    ResponseEntity<String> citizen = http.withBasicAuth("ps-citizen", PASSWORD).getForEntity("/api/volunteers",
        String.class);
    assertThat(citizen.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(citizen.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(get("/api/volunteers").getBody()).contains("ps-vol1@example.org");
  }

  @Test
  void tooFewEligibleOfficialsIsRefusedNamingTheRule() {
    // Only the officer and the finance officer would be left: both are excluded from official seats.
    assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
      jdbc.update("update panel_official set active = false where user_id like 'ps-official%'");
      jdbc.update("update panel_official set active = false where user_id not like 'ps-%'");
      panels.draw("PS-2026-006", "No officials", OFFICER, new DrawOptions(null, quotas()));
    })).isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
      assertThat(e.getRule()).isEqualTo("panel.official-seats");
      assertThat(e.getMessage()).contains("rule panel.official-seats");
    });
    assertThat(jdbc.queryForObject("select count(*) from panel_official where active = false", Integer.class))
        .as("rolled back").isZero();
  }

  // ------------------------------------------------------------------ helpers

  static Map<String, Map<String, Quota>> quotas() {
    return Map.of("ward", Map.of("riverside", new Quota(1, 2), "hillside", new Quota(1, 2), "harbour", new Quota(1, 2)),
        "gender", Map.of("female", new Quota(2, 3), "male", new Quota(2, 3)));
  }

  void user(String userId, String... groups) {
    identities.ensureUser(userId, "Test", userId, null, PASSWORD);
    for (String group : groups) {
      identities.addToGroup(userId, group);
    }
  }

  ResponseEntity<String> post(String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(OFFICER, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  ResponseEntity<String> get(String path) {
    return http.withBasicAuth(OFFICER, PASSWORD).getForEntity(path, String.class);
  }

  static List<JsonNode> members(JsonNode draw, String kind) {
    List<JsonNode> result = new ArrayList<>();
    draw.get("members").forEach(m -> {
      if (m.get("kind").asText().equals(kind)) {
        result.add(m);
      }
    });
    return result;
  }

  static List<Long> personIds(JsonNode draw) {
    List<Long> ids = new ArrayList<>();
    draw.get("members").forEach(m -> ids.add(m.get("personId").asLong()));
    return ids.stream().sorted().toList();
  }

  List<JsonNode> volunteersOnPanel(List<JsonNode> citizens) throws Exception {
    Set<Long> ids = citizens.stream().map(m -> m.get("personId").asLong()).collect(Collectors.toSet());
    List<JsonNode> result = new ArrayList<>();
    json.readTree(get("/api/volunteers").getBody()).forEach(v -> {
      if (ids.contains(v.get("id").asLong())) {
        result.add(v);
      }
    });
    return result;
  }
}
