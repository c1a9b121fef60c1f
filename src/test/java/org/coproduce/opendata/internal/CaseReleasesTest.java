package org.coproduce.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.budget.BudgetLine;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.opendata.OcdsValidator;
import org.coproduce.opendata.OpenDataProperties;
import org.coproduce.record.RecordedDecision;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.TenderDocument;
import org.coproduce.tender.TenderStatus;
import org.coproduce.tender.TenderView;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a case, decision by decision, folded into releases: planning, tender, opening,
 * an award whose challenge is upheld, a second award, the contract, a service review and the end
 * of the term. The award and review decisions carry the details those modules record. Every
 * prefix of the history must give a package valid against the official OCDS 1.1.5 schema and
 * codelists, and earlier releases must not change when later decisions come in.
 */
class CaseReleasesTest {

  static final String OCID = "ocds-cpr001-C-2026-042";
  static final String CASE = "C-2026-042";
  static final UUID TENDER = UUID.fromString("6d0a7f0e-2b61-4b5b-9f1f-3a7c1d2e4f50");
  static final UUID CONTRACT = UUID.fromString("0f7b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  final OpenDataProperties properties = new OpenDataProperties(
      new OpenDataProperties.Publisher("City of Coproduce", null, null, null),
      URI.create("https://creativecommons.org/licenses/by/4.0/"), null, null, null, null, "en");
  final List<RecordedDecision> history = new ArrayList<>();

  @Test
  void everyStageFromPlanningToTheEndOfTheContractIsValidOcds() {
    decide("case.opened", "officer", Map.of("title", "Evening youth space"));
    decide("needs.assessed", "citizen1", Map.of("version", 1, "assessment", "A safe evening space."));
    decide("budget.committed", "finance", Map.of("line", "YOUTH-27", "amount", new BigDecimal("180000.00")));
    decide("tender.published", "officer", Map.of("tenderId", TENDER.toString()));
    decide("tender.bids-opened", "system", Map.of("tenderId", TENDER.toString(), "bids", List.of(
        Map.of("supplier", "alpha", "receivedAt", "2026-04-01T10:00:00Z", "sha256", "a".repeat(64)),
        Map.of("supplier", "beta", "receivedAt", "2026-04-01T11:00:00Z", "sha256", "b".repeat(64)))));
    decide("award.approved", "approver", Map.of("tenderId", TENDER.toString(), "round", 1, "supplier", "alpha",
        "contractValue", "171234.56", "currency", "CAD"));
    decide("award.challenge-upheld", "reviewer", Map.of("tenderId", TENDER.toString(), "round", 1,
        "suppliers", List.of("beta"), "reason", "The price was scored wrongly."));
    decide("award.approved", "approver", Map.of("tenderId", TENDER.toString(), "round", 2, "supplier", "beta",
        "contractValue", "165432.10", "currency", "CAD"));
    decide("award.contract-awarded", "system", Map.of("tenderId", TENDER.toString(), "round", 2,
        "contractId", CONTRACT.toString(), "supplier", "beta", "value", "165432.10", "currency", "CAD",
        "startDate", "2026-06-01", "endDate", "2028-05-31"));
    decide("review.recorded", "citizen2", Map.of("review", 1, "rating", 4, "summary", "Well run, late start.",
        "findings", List.of(Map.of("outcome", "Open five evenings a week", "assessment", "PARTLY",
            "evidence", "Four evenings in June"))));
    decide("case.status-changed", "system", Map.of("from", "IN_REVIEW", "to", "CLOSED", "reason", "term ended"));

    List<String> tags = new ArrayList<>();
    for (int n = 1; n <= history.size(); n++) {
      List<ObjectNode> releases = fold(history.subList(0, n));
      JsonNode pack = ReleasePackages.assemble("https://city.example/api/public/ocds/" + OCID, releases, properties);
      assertThat(OcdsValidator.official().problems(pack)).as("after %s: %s", history.get(n - 1).action(), pack)
          .isEmpty();
      tags.add(releases.get(releases.size() - 1).get("tag").get(0).asText());
    }
    assertThat(tags).containsExactly("planning", "planningUpdate", "planningUpdate", "tender", "tenderUpdate", "award",
        "awardCancellation", "award", "contract", "implementation", "contractTermination");

    List<ObjectNode> all = fold(history);
    JsonNode firstAward = all.get(5).get("awards").get(0);
    assertThat(firstAward.get("status").asText()).isEqualTo("pending");
    assertThat(firstAward.at("/value/amount").decimalValue()).isEqualByComparingTo("171234.56");
    assertThat(firstAward.at("/suppliers/0/id").asText()).isEqualTo("supplier-alpha");
    assertThat(firstAward.at("/documents/0/documentType").asText()).isEqualTo("evaluationReports");
    assertThat(all.get(6).at("/awards/0/status").asText()).isEqualTo("cancelled");

    JsonNode contracted = all.get(8);
    assertThat(contracted.get("awards")).extracting(a -> a.get("status").asText())
        .containsExactly("cancelled", "active");
    JsonNode contract = contracted.at("/contracts/0");
    assertThat(contract.get("id").asText()).isEqualTo(CONTRACT.toString());
    assertThat(contract.get("awardID").asText()).isEqualTo(contracted.at("/awards/1/id").asText());
    assertThat(contract.at("/value/amount").decimalValue()).isEqualByComparingTo("165432.10");
    assertThat(contract.at("/period/endDate").asText()).isEqualTo("2028-05-31T23:59:59Z");
    assertThat(roles(contracted, "supplier-beta")).containsExactly("tenderer", "supplier");

    JsonNode review = all.get(9).at("/contracts/0/implementation/documents/0");
    assertThat(review.get("documentType").asText()).isEqualTo("physicalProgressReport");
    assertThat(review.get("description").asText()).contains("Open five evenings a week: partly - Four evenings");
    assertThat(all.get(10).at("/contracts/0/status").asText()).isEqualTo("terminated");

    // Earlier releases never change when later decisions come in.
    List<ObjectNode> early = fold(history.subList(0, 6));
    for (int i = 0; i < early.size(); i++) {
      assertThat(all.get(i)).isEqualTo(early.get(i));
    }
  }

  @Test
  void decisionsAboutAnotherTenderOrBeforeAContractPublishNothing() {
    decide("tender.published", "officer", Map.of("tenderId", TENDER.toString()));
    decide("award.approved", "approver", Map.of("tenderId", UUID.randomUUID().toString(), "round", 1,
        "supplier", "x", "contractValue", "1.00", "currency", "CAD"));
    decide("review.recorded", "citizen2", Map.of("review", 1, "rating", 4, "summary", "s", "findings", List.of()));
    decide("case.status-changed", "system", Map.of("from", "TENDERING", "to", "CANCELLED", "reason", "r"));

    assertThat(fold(history)).extracting(r -> r.get("tag").get(0).asText()).containsExactly("tender");
  }

  private List<ObjectNode> fold(List<RecordedDecision> decisions) {
    return new CaseReleases(OCID, CASE, sources(), properties, "https://city.example", ReleasePackages.DETAILS)
        .fold(decisions);
  }

  private void decide(String action, String actor, Map<String, ?> details) {
    long seq = history.size() + 1;
    String json;
    try {
      json = ReleasePackages.DETAILS.writeValueAsString(details);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    history.add(new RecordedDecision(seq, CASE, actor, "role", action, "rule", "outcome", json, "d",
        T0.plusSeconds(3600 * seq), "p", "h"));
  }

  private static List<String> roles(JsonNode release, String partyId) {
    List<String> roles = new ArrayList<>();
    release.get("parties").forEach(p -> {
      if (p.get("id").asText().equals(partyId)) {
        p.get("roles").forEach(r -> roles.add(r.asText()));
      }
    });
    return roles;
  }

  private static CaseReleases.Sources sources() {
    CommissioningCase c = mock(CommissioningCase.class);
    when(c.getRef()).thenReturn(CASE);
    when(c.getTitle()).thenReturn("Evening youth space");
    when(c.getProblemStatement()).thenReturn("Young people have nowhere safe to go in the evening.");
    when(c.getBudgetLineCode()).thenReturn("YOUTH-27");
    when(c.getEnvelopeAmount()).thenReturn(new BigDecimal("200000.00"));
    when(c.getCurrency()).thenReturn("CAD");
    TenderView tender = new TenderView(TENDER, CASE, OCID, "Evening youth space", "A staffed space.", null, null,
        TenderStatus.PUBLISHED, T0.plusSeconds(3600 * 4), T0.plusSeconds(3600 * 100), new BigDecimal("180000.00"),
        "CAD", List.of(new AwardCriterion("Quality", CriterionType.QUALITY, 50, null),
            new AwardCriterion("Price", CriterionType.PRICE, 35, null),
            new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 15, "Local jobs")));
    return new CaseReleases.Sources() {
      @Override
      public Optional<CommissioningCase> commissioningCase(String caseRef) {
        return Optional.of(c);
      }

      @Override
      public Optional<BudgetLine> budgetLine(String code) {
        return Optional.of(new BudgetLine(code, "Youth services", new BigDecimal("250000.00"), "CAD", 2027));
      }

      @Override
      public TenderView tender(UUID tenderId) {
        return tender;
      }

      @Override
      public Optional<TenderDocument> tenderDocument(UUID documentId) {
        return Optional.empty();
      }
    };
  }
}
