package org.coproduce.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.testsupport.TenderFixture.APPROVER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.award.AwardService;
import org.coproduce.award.ContractView;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.PanelService;
import org.coproduce.tender.TenderService;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TenderFixture;
import org.coproduce.testsupport.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The award and the contract as the public sees them, through the real evaluation and award
 * services: the OCDS package validated against the official schema and codelists when scored but
 * not yet approved (nothing new), once approved (an {@code award} release, pending during the
 * standstill, with its supplier, value and evaluation report) and once the contract is awarded (a
 * {@code contract} release); the register's score summary only after the approval, and the
 * contract among the awarded contracts.
 */
@PostgresIntegrationTest
class OcdsAwardIT {

  static final String ASH = "oa-ash";
  static final String BEECH = "oa-beech";

  @Autowired ApplicationContext context;
  @Autowired AwardService awards;
  @Autowired EvaluationService evaluation;
  @Autowired PanelVoting voting;
  @Autowired PanelService panels;
  @Autowired TenderService tenders;
  @Autowired TestClock clock;
  @Autowired TestRestTemplate http;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theAwardAndTheContractArePublishedOnlyWhenDecided() throws Exception {
    TenderFixture fx = TenderFixture.of(context);
    TenderFixture.Opened t = fx.openedTender("Meals at home", Map.of(ASH, "180000.00", BEECH, "200000.00"));
    String ocid = tenders.ocidOf(t.caseRef());
    String tenderPage = "/register/tenders/" + t.tenderId();

    // Scored and ranked, but not decided: no award release, no scores on the register.
    fx.evaluate(t, (member, supplier) -> supplier.equals(ASH) ? 8 : 6);
    evaluation.rank(t.tenderId());
    JsonNode scored = validPackage(ocid);
    assertThat(tags(scored)).doesNotContain("award");
    assertThat(page(tenderPage).getElementById("scores").nextElementSibling().text())
        .contains("published once the award decision has been approved");

    // The panel recommends, the approver approves: an award, pending during the standstill.
    for (ActiveMember m : panels.activeMembers(t.caseRef())) {
      voting.cast(t.caseRef(), VoteSubject.RECOMMENDATION, 1, m.userId(), true, "");
    }
    assertThat(awards.concludeRecommendationVote(t.tenderId()).passed()).isTrue();
    assertThat(awards.approve(t.tenderId(), APPROVER, true, null)).isTrue();
    JsonNode approved = validPackage(ocid);
    assertThat(tags(approved)).endsWith("tenderUpdate", "award");
    JsonNode award = last(approved).at("/awards/0");
    assertThat(award.get("status").asText()).isEqualTo("pending");
    assertThat(award.at("/value/amount").decimalValue()).isEqualByComparingTo("180000.00");
    assertThat(award.at("/suppliers/0/id").asText()).isEqualTo("supplier-" + ASH);
    assertThat(award.at("/documents/0/documentType").asText()).isEqualTo("evaluationReports");
    assertThat(award.at("/documents/0/url").asText()).endsWith(tenderPage + "#scores");
    Document scores = page(tenderPage);
    assertThat(scores.select("#scores ~ table").first().text()).contains(ASH).contains(BEECH);
    assertThat(scores.text()).contains("The panel’s mean score per criterion").contains("Quality of service")
        .doesNotContain("Our service model for");

    // After the standstill the contract is awarded: a contract release, the award in force.
    Instant end = awards.startStandstill(t.tenderId());
    clock.setTo(end);
    ContractView contract = awards.awardContract(t.tenderId(), "system");
    JsonNode contracted = validPackage(ocid);
    JsonNode release = last(contracted);
    assertThat(release.get("tag").get(0).asText()).isEqualTo("contract");
    assertThat(release.at("/awards/0/status").asText()).isEqualTo("active");
    assertThat(release.at("/contracts/0/id").asText()).isEqualTo(contract.id().toString());
    assertThat(release.at("/contracts/0/awardID").asText()).isEqualTo(award.get("id").asText());
    assertThat(release.at("/contracts/0/value/amount").decimalValue()).isEqualByComparingTo("180000.00");
    assertThat(release.at("/contracts/0/period/startDate").asText()).isEqualTo(contract.startDate() + "T00:00:00Z");
    assertThat(page("/register").getElementById("awarded").nextElementSibling().text()).contains(ASH)
        .contains("180,000.00 CAD");
    assertThat(page(tenderPage).getElementById("contract")).isNotNull();
  }

  private JsonNode validPackage(String ocid) throws Exception {
    ResponseEntity<String> response = http.getForEntity("/api/public/ocds/" + ocid, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode pack = json.readTree(response.getBody());
    assertThat(OcdsValidator.official().problems(pack)).as("OCDS problems of %s", pack).isEmpty();
    return pack;
  }

  private Document page(String path) {
    ResponseEntity<String> response = http.getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return Jsoup.parse(response.getBody());
  }

  private static List<String> tags(JsonNode pack) {
    List<String> tags = new ArrayList<>();
    pack.get("releases").forEach(r -> tags.add(r.get("tag").get(0).asText()));
    return tags;
  }

  private static JsonNode last(JsonNode pack) {
    return pack.get("releases").get(pack.get("releases").size() - 1);
  }
}
