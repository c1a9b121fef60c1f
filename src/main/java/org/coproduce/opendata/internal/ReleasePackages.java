package org.coproduce.opendata.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.budget.BudgetLine;
import org.coproduce.budget.BudgetService;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.opendata.OpenDataProperties;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.NotFoundException;
import org.coproduce.tender.TenderDocument;
import org.coproduce.tender.TenderDocumentProperties;
import org.coproduce.tender.TenderDocuments;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderView;
import org.springframework.stereotype.Service;

/** Assembles a case's OCDS 1.1 release package on demand from the decision record and the data behind it. */
@Service
class ReleasePackages implements CaseReleases.Sources {

  /** Reads amounts in decision details as exact decimals, never through a double. */
  static final ObjectMapper DETAILS = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final DecisionRecord record;
  private final CaseService cases;
  private final BudgetService budget;
  private final TenderService tenders;
  private final TenderDocuments documents;
  private final OpenDataProperties properties;
  private final String baseUrl;

  ReleasePackages(DecisionRecord record, CaseService cases, BudgetService budget, TenderService tenders,
      TenderDocuments documents, OpenDataProperties properties, TenderDocumentProperties site) {
    this.record = record;
    this.cases = cases;
    this.budget = budget;
    this.tenders = tenders;
    this.documents = documents;
    this.properties = properties;
    this.baseUrl = site.publicBaseUrl().replaceAll("/+$", "");
  }

  /** A case known by its ocid, as listed in the index. */
  record Listing(String ocid, String caseRef, String title, String uri) {
  }

  /**
   * The release package of the case with this ocid. Not found when the ocid does not carry this
   * publisher's prefix or nothing about the case has been published yet.
   */
  // Not one transaction: a service refusing (an unknown case, say) would mark a shared one rollback-only.
  public ObjectNode releasePackage(String ocid) {
    String stem = tenders.ocidOf("");
    String caseRef = ocid.startsWith(stem) ? ocid.substring(stem.length()) : "";
    if (caseRef.isEmpty() || !tenders.ocidOf(caseRef).equals(ocid)) {
      throw new NotFoundException("No contracting process " + ocid + " is published here.");
    }
    List<ObjectNode> releases = new CaseReleases(ocid, caseRef, this, properties, baseUrl, DETAILS)
        .fold(record.ofCase(caseRef));
    if (releases.isEmpty()) {
      throw new NotFoundException("Nothing has been published yet about " + ocid + ".");
    }
    return assemble(uri(ocid), releases, properties);
  }

  /** The package around a case's releases (at least one), with the publisher's metadata. */
  static ObjectNode assemble(String uri, List<ObjectNode> releases, OpenDataProperties properties) {
    ObjectNode pack = JsonNodeFactory.instance.objectNode();
    pack.put("uri", uri);
    pack.put("version", "1.1");
    // Generated on demand: the date of the last change to its contents, i.e. of the latest release.
    pack.put("publishedDate", releases.get(releases.size() - 1).get("date").asText());
    ObjectNode publisher = pack.putObject("publisher");
    publisher.put("name", properties.publisher().name());
    if (properties.publisher().scheme() != null) {
      publisher.put("scheme", properties.publisher().scheme());
    }
    if (properties.publisher().uid() != null) {
      publisher.put("uid", properties.publisher().uid());
    }
    if (properties.publisher().uri() != null) {
      publisher.put("uri", properties.publisher().uri().toString());
    }
    pack.put("license", properties.license().toString());
    if (properties.publicationPolicy() != null) {
      pack.put("publicationPolicy", properties.publicationPolicy().toString());
    }
    ArrayNode array = pack.putArray("releases");
    releases.forEach(array::add);
    return pack;
  }

  /** Every case, newest first, with the address of its package. */
  public List<Listing> index() {
    return cases.all().stream()
        .map(c -> new Listing(tenders.ocidOf(c.getRef()), c.getRef(), c.getTitle(), uri(tenders.ocidOf(c.getRef()))))
        .toList();
  }

  private String uri(String ocid) {
    return baseUrl + "/api/public/ocds/" + ocid;
  }

  @Override
  public Optional<CommissioningCase> commissioningCase(String caseRef) {
    try {
      return Optional.of(cases.get(caseRef));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<BudgetLine> budgetLine(String code) {
    try {
      return Optional.of(budget.line(code));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public TenderView tender(UUID tenderId) {
    return tenders.get(tenderId);
  }

  @Override
  public Optional<TenderDocument> tenderDocument(UUID documentId) {
    try {
      return Optional.of(documents.get(documentId));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
