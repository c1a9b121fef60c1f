package org.coproduce.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Publication on PostgreSQL: rules, frozen criteria, the decision record, the public listing. */
@PostgresIntegrationTest
class TenderPublicationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<AwardCriterion> CRITERIA = List.of(
      new AwardCriterion("Quality", CriterionType.QUALITY, 50, "How the service is run"),
      new AwardCriterion("Price", CriterionType.PRICE, 30, null),
      new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 20, "Local jobs"));

  @Autowired TenderService tenders;
  @Autowired DecisionRecord record;
  @Autowired TestClock clock;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void publishesWithOcidCriteriaAndADecisionInTheRecord() {
    String caseRef = caseRef();
    Instant deadline = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
    UUID document = UUID.randomUUID();

    UUID id = tenders.publish(command(caseRef, deadline, CRITERIA, document, "a".repeat(64)));

    TenderView tender = tenders.get(id);
    assertThat(tender.ocid()).isEqualTo("ocds-cpr001-" + caseRef);
    assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
    assertThat(tender.submissionDeadline()).isEqualTo(deadline);
    assertThat(tender.criteria()).containsExactlyElementsOf(CRITERIA);
    assertThat(tender.budgetCeiling()).isEqualByComparingTo("150000");
    List<RecordedDecision> decisions = record.ofCase(caseRef);
    assertThat(decisions).singleElement().satisfies(d -> {
      assertThat(d.action()).isEqualTo("tender.published");
      assertThat(d.actor()).isEqualTo("officer");
      assertThat(d.details()).contains(id.toString()).contains("Social value").contains(deadline.toString());
    });
    assertThat(jdbc.queryForObject("select count(*) from bid_data_key where tender_id = ?", Long.class, id))
        .as("the tender's sealed-bid key is created with it").isEqualTo(1);
  }

  @Test
  void theDeadlineMustBeAtLeastTheMinimumPeriodAway() {
    // application-test.yaml sets coproduce.tender.minimum-submission-period to PT1H.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    clock.setTo(now);
    String caseRef = caseRef();

    assertRule(() -> tenders.publish(command(caseRef, now.plus(Duration.ofHours(1)).minusMillis(1), CRITERIA,
        null, null)), "tender.minimum-submission-period");
    assertThat(tenders.ofCase(caseRef)).isEmpty();
    assertThat(record.ofCase(caseRef)).isEmpty();

    assertThat(tenders.publish(command(caseRef, now.plus(Duration.ofHours(1)), CRITERIA, null, null))).isNotNull();
  }

  @Test
  void weightsMustSumTo100AndSocialValueIsRequired() {
    Instant deadline = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MILLIS);
    assertRule(() -> tenders.publish(command(caseRef(), deadline, List.of(
        new AwardCriterion("Quality", CriterionType.QUALITY, 60, null),
        new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 30, null)), null, null)),
        "tender.weights-sum-to-100");
    assertRule(() -> tenders.publish(command(caseRef(), deadline, List.of(
        new AwardCriterion("Quality", CriterionType.QUALITY, 70, null),
        new AwardCriterion("Price", CriterionType.PRICE, 30, null)), null, null)),
        "tender.social-value-required");
  }

  @Test
  void criteriaAreFrozenOncePublished() {
    UUID id = tenders.publish(command(caseRef(), clock.instant().plus(Duration.ofDays(20))
        .truncatedTo(ChronoUnit.MILLIS), CRITERIA, null, null));
    List<AwardCriterion> changed = List.of(new AwardCriterion("Quality", CriterionType.QUALITY, 40, null),
        new AwardCriterion("Price", CriterionType.PRICE, 40, null),
        new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 20, null));

    assertRule(() -> tenders.changeCriteria(id, changed, "officer"), "tender.criteria-frozen");

    assertThat(tenders.get(id).criteria()).containsExactlyElementsOf(CRITERIA);
  }

  @Test
  void openTendersAreListedPubliclyUntilTheirDeadline() throws Exception {
    Instant deadline = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
    UUID document = UUID.randomUUID();
    UUID id = tenders.publish(command(caseRef(), deadline, CRITERIA, document, "b".repeat(64)));

    ResponseEntity<String> anonymous = http.getForEntity("/api/tenders?status=open", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode listed = find(JSON.readTree(anonymous.getBody()), id);
    assertThat(listed).isNotNull();
    assertThat(listed.get("ocid").asText()).startsWith("ocds-cpr001-T");
    assertThat(listed.get("title").asText()).isEqualTo("Home support");
    assertThat(Instant.parse(listed.get("submissionDeadline").asText())).isEqualTo(deadline);
    assertThat(listed.get("documentUrl").asText()).isEqualTo("/api/public/tender-documents/" + document);
    assertThat(listed.get("documentSha256").asText()).isEqualTo("b".repeat(64));

    ResponseEntity<String> one = http.getForEntity("/api/tenders/" + id, String.class);
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(one.getBody()).get("criteria")).hasSize(3);

    clock.setTo(deadline);
    assertThat(find(JSON.readTree(http.getForEntity("/api/tenders?status=open", String.class).getBody()), id))
        .as("no longer open at its deadline").isNull();
    assertThat(http.getForEntity("/api/tenders?status=closed", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void closingWaitsForTheDeadline() {
    UUID id = tenders.publish(command(caseRef(), clock.instant().plus(Duration.ofDays(2))
        .truncatedTo(ChronoUnit.MILLIS), CRITERIA, null, null));
    Instant deadline = tenders.get(id).submissionDeadline();

    clock.setTo(deadline.minusMillis(1));
    assertRule(() -> tenders.close(id), "tender.deadline-not-reached");
    clock.setTo(deadline);
    assertThat(tenders.close(id).status()).isEqualTo(TenderStatus.CLOSED);
    assertThat(tenders.close(id).status()).as("idempotent").isEqualTo(TenderStatus.CLOSED);
    assertThat(record.ofCase(tenders.get(id).caseRef())).extracting(RecordedDecision::action)
        .containsExactly("tender.published", "tender.closed");
  }

  @Test
  void theOpenApiDescriptionIsPublicAndDescribesTheBidApi() {
    ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);

    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody()).contains("/api/tenders/{tenderId}/bids").contains("Idempotency-Key")
        .contains("/api/tenders/{tenderId}/bids/{bidId}");
    assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static JsonNode find(JsonNode list, UUID id) {
    for (JsonNode t : list) {
      if (t.get("id").asText().equals(id.toString())) {
        return t;
      }
    }
    return null;
  }

  private static PublishTender command(String caseRef, Instant deadline, List<AwardCriterion> criteria,
      UUID documentId, String sha256) {
    return new PublishTender(caseRef, "Home support", "Help older residents live at home.", documentId, sha256,
        deadline, new BigDecimal("150000"), "EUR", criteria, "officer");
  }

  private static String caseRef() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertRule(Runnable call, String rule) {
    assertThatThrownBy(call::run).isInstanceOf(BusinessRuleViolation.class)
        .satisfies(e -> assertThat(((BusinessRuleViolation) e).getRule()).isEqualTo(rule));
  }
}
