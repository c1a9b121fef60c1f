package org.coproduce.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduce.bidding.BidFixtures;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderView;
import org.coproduce.testsupport.CommissioningJourney;
import org.coproduce.testsupport.PostgresIntegrationTest;
import org.coproduce.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A whole case's OCDS release package, fetched anonymously at every stage and validated against
 * the official OCDS 1.1.5 release-package schema and codelists ({@link OcdsValidator}): planning
 * only, after the needs assessment and the budget commitment, tender published, bids in but sealed,
 * bids opened; a cancelled tender; a tender without a case. Nothing about bids before the opening,
 * never a bid's content.
 */
@PostgresIntegrationTest
class OcdsReleasePackageIT {

  static final String PROBLEM = "Young people in the east ward have nowhere safe to go in the evening.";
  static final String CANARY = "CANARY-7f3a91-sealed-bid-text";

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate http;
  @Autowired TestClock clock;
  @Autowired TenderService tenders;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aWholeCaseValidatesAtEveryStageAndNothingSealedLeaks() throws Exception {
    CommissioningJourney journey = new CommissioningJourney(context).openCase("Evening youth space", PROBLEM);
    String ocid = journey.ocid();

    // Planning: the case, its budget line and envelope, the problem as the rationale.
    JsonNode planning = validPackage(ocid);
    assertThat(tags(planning)).containsExactly("planning");
    JsonNode first = planning.get("releases").get(0);
    assertThat(first.get("ocid").asText()).isEqualTo(ocid).isEqualTo("ocds-cpr001-" + journey.caseRef);
    assertThat(first.get("initiationType").asText()).isEqualTo("tender");
    assertThat(first.at("/planning/rationale").asText()).isEqualTo(PROBLEM);
    assertThat(first.at("/planning/budget/id").asText()).isEqualTo(journey.budgetLine);
    assertThat(first.at("/planning/budget/amount/amount").decimalValue()).isEqualByComparingTo("250000");
    assertThat(first.at("/planning/budget/amount/currency").asText()).isEqualTo("CAD");
    assertThat(first.at("/planning/budget/projectID").asText()).isEqualTo(journey.caseRef);
    assertThat(first.has("tender")).isFalse();
    assertThat(roles(first)).containsExactlyInAnyOrder("buyer", "procuringEntity");
    assertThat(planning.get("uri").asText()).endsWith("/api/public/ocds/" + ocid);
    assertThat(planning.get("version").asText()).isEqualTo("1.1");
    assertThat(planning.get("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(planning.get("publishedDate").asText()).isEqualTo(first.get("date").asText());

    // The needs assessment is published as a needsAssessment document.
    journey.drawAndConfirmPanel().assessNeeds("A safe, staffed evening space close to home.");
    JsonNode assessed = validPackage(ocid);
    assertThat(tags(assessed)).containsExactly("planning", "planningUpdate");
    JsonNode needs = last(assessed).at("/planning/documents/0");
    assertThat(needs.get("documentType").asText()).isEqualTo("needsAssessment");
    assertThat(needs.get("description").asText()).isEqualTo("A safe, staffed evening space close to home.");
    assertThat(needs.get("url").asText()).endsWith("/register/cases/" + journey.caseRef + "#needs-assessment-v1");

    // The specification is agreed and the budget committed: a planning update with the committed amount.
    journey.agreeSpecificationAndDocuments("Open five evenings a week");
    JsonNode committed = validPackage(ocid);
    assertThat(tags(committed)).containsExactly("planning", "planningUpdate", "planningUpdate");
    assertThat(last(committed).at("/planning/budget/amount/amount").decimalValue()).isEqualByComparingTo("180000");

    // The tender: criteria and weights, ceiling, deadline, the document with its SHA-256.
    journey.publishTender(Duration.ofHours(2));
    TenderView published = tenders.get(journey.tenderId);
    JsonNode tendered = validPackage(ocid);
    assertThat(tags(tendered)).containsExactly("planning", "planningUpdate", "planningUpdate", "tender");
    JsonNode tender = last(tendered).get("tender");
    assertThat(published.ocid()).isEqualTo(ocid);
    assertThat(tender.get("id").asText()).isEqualTo(journey.tenderId.toString());
    assertThat(tender.get("title").asText()).isEqualTo(published.title());
    assertThat(tender.get("status").asText()).isEqualTo("active");
    assertThat(tender.at("/value/amount").decimalValue()).isEqualByComparingTo("180000");
    assertThat(tender.get("submissionMethod").get(0).asText()).isEqualTo("electronicSubmission");
    assertThat(tender.at("/tenderPeriod/endDate").asText()).isEqualTo(published.submissionDeadline().toString());
    assertThat(tender.get("awardCriteria").asText()).isEqualTo("ratedCriteria");
    assertThat(tender.get("awardCriteriaDetails").asText()).contains("Quality of service (quality): 50%")
        .contains("Price (price): 35%").contains("Social value (social value): 15%");
    assertThat(tender.get("documents")).extracting(d -> d.get("documentType").asText())
        .containsExactlyInAnyOrder("biddingDocuments", "technicalSpecifications");
    tender.get("documents").forEach(d -> {
      assertThat(d.get("url").asText()).endsWith("/api/public/tender-documents/" + journey.document.getId());
      assertThat(d.get("description").asText()).contains(journey.document.getSha256());
    });
    assertThat(tender.has("numberOfTenderers")).isFalse();
    assertThat(tender.has("tenderers")).isFalse();
    assertThat(roles(last(tendered))).containsExactlyInAnyOrder("buyer", "procuringEntity", "reviewBody");

    // The open-tender listing carries the same ocid.
    JsonNode open = json.readTree(http.getForEntity("/api/tenders?status=open", String.class).getBody());
    assertThat(open.findValues("id").stream().map(JsonNode::asText)).contains(journey.tenderId.toString());
    open.forEach(t -> {
      if (t.get("id").asText().equals(journey.tenderId.toString())) {
        assertThat(t.get("ocid").asText()).isEqualTo(ocid);
      }
    });

    // Bids are in, but sealed: the package is exactly as before.
    journey.bid("od-supplier-alpha", "171234.56", CANARY + " technical", CANARY + " social value");
    journey.bid("od-supplier-beta", "165432.10", "Our plan " + CANARY, "Jobs");
    String sealed = rawPackage(ocid);
    assertThat(json.readTree(sealed)).isEqualTo(tendered);
    assertThat(sealed).doesNotContain(CANARY).doesNotContain("od-supplier-alpha").doesNotContain("od-supplier-beta")
        .doesNotContain("171234.56").doesNotContain("tenderer");

    // Opened: a tender update names the bidders and their number; still no bid content or price.
    journey.openBids();
    String openedText = rawPackage(ocid);
    JsonNode opened = valid(json.readTree(openedText));
    assertThat(tags(opened)).containsExactly("planning", "planningUpdate", "planningUpdate", "tender", "tenderUpdate");
    JsonNode update = last(opened);
    assertThat(update.at("/tender/numberOfTenderers").asInt()).isEqualTo(2);
    assertThat(update.at("/tender/tenderers")).extracting(t -> t.get("id").asText())
        .containsExactlyInAnyOrder("supplier-od-supplier-alpha", "supplier-od-supplier-beta");
    List<String> tenderers = new ArrayList<>();
    update.get("parties").forEach(p -> {
      if (p.get("roles").toString().contains("tenderer")) {
        tenderers.add(p.get("name").asText());
      }
    });
    assertThat(tenderers).containsExactlyInAnyOrder("od-supplier-alpha", "od-supplier-beta");
    assertThat(openedText).doesNotContain(CANARY).doesNotContain("171234.56").doesNotContain("165432.10");

    // Earlier releases are stable: same ids, same content; ids are unique.
    for (int i = 0; i < tendered.get("releases").size(); i++) {
      assertThat(opened.get("releases").get(i)).isEqualTo(tendered.get("releases").get(i));
    }
    List<String> ids = new ArrayList<>();
    opened.get("releases").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches(java.util.regex.Pattern.quote(ocid)
        + "-(planning|planningUpdate|tender|tenderUpdate)-\\d+"));
    assertThat(opened.get("publishedDate").asText()).isEqualTo(update.get("date").asText());
  }

  @Test
  void aCancelledTenderIsPublishedAsCancelled() throws Exception {
    CommissioningJourney journey = new CommissioningJourney(context).openCase("Community gardens",
        "Residents of the south ward lack green space to grow food.").drawAndConfirmPanel()
        .assessNeeds("Shared plots with water and tools.").agreeSpecificationAndDocuments("Ten plots")
        .publishTender(Duration.ofHours(3));
    tenders.cancel(journey.tenderId, CommissioningJourney.OFFICER, "The site is no longer available.");

    JsonNode cancelled = validPackage(journey.ocid());

    assertThat(tags(cancelled)).endsWith("tender", "tenderCancellation");
    assertThat(last(cancelled).at("/tender/status").asText()).isEqualTo("cancelled");
  }

  @Test
  void aTenderPublishedWithoutACaseStillValidates() throws Exception {
    BidFixtures fx = new CommissioningJourney(context).bids();
    UUID tenderId = fx.tenderClosingIn(Duration.ofHours(4));
    TenderView tender = tenders.get(tenderId);

    JsonNode pack = validPackage(tender.ocid());

    assertThat(tags(pack)).containsExactly("tender");
    assertThat(last(pack).at("/tender/id").asText()).isEqualTo(tenderId.toString());
    assertThat(last(pack).at("/tender").has("documents")).isFalse();
  }

  @Test
  void unknownOcidsAreNotFoundAndTheIndexListsCases() throws Exception {
    CommissioningJourney journey = new CommissioningJourney(context).openCase("Index case",
        "A problem statement long enough for the rules.");

    assertThat(http.getForEntity("/api/public/ocds/ocds-other-C-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/public/ocds/ocds-cpr001-NO-SUCH-CASE", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode index = json.readTree(http.getForEntity("/api/public/ocds", String.class).getBody());
    assertThat(index.findValues("ocid").stream().map(JsonNode::asText)).contains(journey.ocid());
  }

  private JsonNode validPackage(String ocid) throws Exception {
    return valid(json.readTree(rawPackage(ocid)));
  }

  private String rawPackage(String ocid) {
    ResponseEntity<String> response = http.getForEntity("/api/public/ocds/" + ocid, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
    return response.getBody();
  }

  private static JsonNode valid(JsonNode pack) {
    assertThat(OcdsValidator.official().problems(pack)).as("OCDS problems of %s", pack).isEmpty();
    return pack;
  }

  private static List<String> tags(JsonNode pack) {
    List<String> tags = new ArrayList<>();
    pack.get("releases").forEach(r -> tags.add(r.get("tag").get(0).asText()));
    return tags;
  }

  private static JsonNode last(JsonNode pack) {
    return pack.get("releases").get(pack.get("releases").size() - 1);
  }

  private static List<String> roles(JsonNode release) {
    List<String> roles = new ArrayList<>();
    release.get("parties").forEach(p -> p.get("roles").forEach(r -> roles.add(r.asText())));
    return roles;
  }
}
