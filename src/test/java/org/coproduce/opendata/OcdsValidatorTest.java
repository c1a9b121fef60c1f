package org.coproduce.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator the OCDS tests rely on accepts a valid package and catches what it must catch. */
class OcdsValidatorTest {

  static final String VALID = """
      {"uri": "https://city.example/api/public/ocds/ocds-cpr001-C-1", "version": "1.1",
       "publishedDate": "2026-01-02T10:00:00Z", "publisher": {"name": "City"},
       "license": "https://creativecommons.org/licenses/by/4.0/",
       "releases": [{"ocid": "ocds-cpr001-C-1", "id": "ocds-cpr001-C-1-tender-7", "date": "2026-01-02T10:00:00.123Z",
         "tag": ["tender"], "initiationType": "tender",
         "parties": [{"id": "city", "name": "City", "roles": ["buyer", "procuringEntity"]}],
         "buyer": {"id": "city", "name": "City"},
         "tender": {"id": "t-1", "status": "active", "awardCriteria": "ratedCriteria",
           "value": {"amount": 1000.50, "currency": "CAD"}, "submissionMethod": ["electronicSubmission"],
           "documents": [{"id": "d-1", "documentType": "biddingDocuments", "url": "https://city.example/d/1"}]}}]}
      """;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void aValidPackagePasses() throws Exception {
    assertThat(OcdsValidator.official().problems(json.readTree(VALID))).isEmpty();
  }

  @Test
  void schemaErrorsAreCaughtThroughTheMappedReleaseSchema() throws Exception {
    ObjectNode pack = (ObjectNode) json.readTree(VALID);
    ObjectNode release = (ObjectNode) pack.get("releases").get(0);
    release.remove("date");
    ((ObjectNode) release.get("tender").get("documents").get(0)).put("url", "not a uri");
    pack.remove("publisher");

    List<String> problems = OcdsValidator.official().problems(pack);

    assertThat(problems).anyMatch(p -> p.contains("publisher"));
    assertThat(problems).anyMatch(p -> p.contains("date"));
    assertThat(problems).anyMatch(p -> p.contains("url"));
  }

  @Test
  void valuesOutsideTheCodelistsAreCaught() throws Exception {
    ObjectNode pack = (ObjectNode) json.readTree(VALID);
    ObjectNode release = (ObjectNode) pack.get("releases").get(0);
    ((ObjectNode) release.get("parties").get(0)).putArray("roles").add("buyer").add("auditor");
    ObjectNode tender = (ObjectNode) release.get("tender");
    tender.put("awardCriteria", "bestProposal");
    ((ObjectNode) tender.get("value")).put("currency", "ZZZ");
    ((ObjectNode) tender.get("documents").get(0)).put("documentType", "brochure");

    List<String> problems = OcdsValidator.official().problems(pack);

    assertThat(problems).anyMatch(p -> p.contains("'auditor' is not in the open codelist partyRole.csv"));
    assertThat(problems).anyMatch(p -> p.contains("'bestProposal' is deprecated in awardCriteria.csv"));
    assertThat(problems).anyMatch(p -> p.contains("'ZZZ' is not in the closed codelist currency.csv"));
    assertThat(problems).anyMatch(p -> p.contains("'brochure' is not in the open codelist documentType.csv"));
  }

  @Test
  void aMissingSchemaFolderIsNamed() {
    Path nowhere = Path.of("target/no-such-ocds-folder").toAbsolutePath();
    assertThatThrownBy(() -> new OcdsValidator(nowhere)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(nowhere.toString()).hasMessageContaining("../shared/ocds");
  }

  @Test
  void quotedCsvFieldsAreRead() {
    assertThat(OcdsValidator.parseCsv("Code,Title\na,\"x, \"\"y\"\"\nz\"\nb,t\n"))
        .containsExactly(List.of("Code", "Title"), List.of("a", "x, \"y\"\nz"), List.of("b", "t"));
  }
}
