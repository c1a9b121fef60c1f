package org.coproduce.opendata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.budget.BudgetLine;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.opendata.OpenDataProperties;
import org.coproduce.opendata.OpenDataProperties.Organization;
import org.coproduce.record.RecordedDecision;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.TenderDocument;
import org.coproduce.tender.TenderView;

/**
 * Folds one case's decisions, oldest first, into OCDS releases: every decision that changes what
 * the city publishes about the case gives one release, whose id carries the decision's sequence
 * number and whose date is the decision's time. A release is thus fixed once its decision is
 * recorded (the same id always has the same content), and each one can be traced to its entry in
 * the hash-chained record.
 *
 * <p>What each decision publishes (docs/open-data.md):
 * <ul>
 *   <li>{@code case.opened}: {@code planning} (rationale, budget line and envelope);
 *   <li>{@code needs.assessed}: {@code planningUpdate} (the needs assessment version as a document);
 *   <li>{@code budget.committed}: {@code planningUpdate} (the committed amount);
 *   <li>{@code tender.published}: {@code tender};
 *   <li>{@code tender.bids-opened}: {@code tenderUpdate}, the first release that names bidders;
 *   <li>{@code tender.cancelled}: {@code tenderCancellation};
 *   <li>{@code award.approved}: {@code award} (pending during the standstill, the winner as supplier);
 *   <li>{@code award.challenge-upheld}: {@code awardCancellation} (that round's award is cancelled);
 *   <li>{@code award.contract-awarded}: {@code contract} (the award active, the contract with its period);
 *   <li>{@code review.recorded}: {@code implementation} (each review as a progress report);
 *   <li>{@code case.status-changed} to {@code CLOSED}: {@code contractTermination} (the term has ended).
 * </ul>
 * The award, contract and implementation mappings read the award and review modules' decisions,
 * whose details carry what the release needs (the published record is their contract with us).
 * Sealed data cannot leak: bidders and their number come only from the opening decision, which
 * exists only once two people have opened the bids, and bid contents are never read at all.
 */
final class CaseReleases {

  /** The data behind the decisions; everything it returns is immutable once written. */
  interface Sources {
    Optional<CommissioningCase> commissioningCase(String caseRef);

    Optional<BudgetLine> budgetLine(String code);

    TenderView tender(UUID tenderId);

    Optional<TenderDocument> tenderDocument(UUID documentId);
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final String ocid;
  private final String caseRef;
  private final Sources sources;
  private final OpenDataProperties properties;
  private final String baseUrl;
  private final ObjectMapper mapper;

  private final List<ObjectNode> releases = new ArrayList<>();
  private ObjectNode planning;
  private TenderState tender;
  /** The current tender's awards by id, one per evaluation round that was approved. */
  private final Map<String, ObjectNode> awards = new LinkedHashMap<>();
  private final List<String> suppliers = new ArrayList<>();
  private ObjectNode contract;

  /** The case's current tender as published, and what has happened to it since. */
  private record TenderState(TenderView view, List<String> bidders, boolean cancelled) {
  }

  CaseReleases(String ocid, String caseRef, Sources sources, OpenDataProperties properties, String baseUrl,
      ObjectMapper mapper) {
    this.ocid = ocid;
    this.caseRef = caseRef;
    this.sources = sources;
    this.properties = properties;
    this.baseUrl = baseUrl;
    this.mapper = mapper;
  }

  List<ObjectNode> fold(List<RecordedDecision> decisions) {
    for (RecordedDecision d : decisions) {
      switch (d.action()) {
        case "case.opened" -> caseOpened(d);
        case "needs.assessed" -> needsAssessed(d);
        case "budget.committed" -> budgetCommitted(d);
        case "tender.published" -> tenderPublished(d);
        case "tender.bids-opened" -> bidsOpened(d);
        case "tender.cancelled" -> tenderCancelled(d);
        case "award.approved" -> awardApproved(d);
        case "award.challenge-upheld" -> challengeUpheld(d);
        case "award.contract-awarded" -> contractAwarded(d);
        case "review.recorded" -> reviewRecorded(d);
        case "case.status-changed" -> caseStatusChanged(d);
        default -> {
          // Not a change to the published data: votes, drafts, confirmations are in the decision record.
        }
      }
    }
    return releases;
  }

  // --- planning ----------------------------------------------------------------------------------

  private void caseOpened(RecordedDecision d) {
    CommissioningCase c = sources.commissioningCase(caseRef).orElse(null);
    if (c == null) {
      return;
    }
    planning = JSON.objectNode();
    planning.put("rationale", c.getProblemStatement());
    ObjectNode budget = planning.putObject("budget");
    budget.put("id", c.getBudgetLineCode());
    budget.put("description", sources.budgetLine(c.getBudgetLineCode())
        .map(l -> l.getName() + " (fiscal year " + l.getFiscalYear() + "), envelope for this case")
        .orElse("Budget line " + c.getBudgetLineCode() + ", envelope for this case"));
    budget.set("amount", value(c.getEnvelopeAmount(), c.getCurrency()));
    budget.put("project", c.getTitle());
    budget.put("projectID", c.getRef());
    planning.putArray("documents");
    emitPlanning(d, "planning");
  }

  private void needsAssessed(RecordedDecision d) {
    if (planning == null) {
      return;
    }
    JsonNode details = details(d);
    int version = details.path("version").asInt();
    ObjectNode document = JSON.objectNode();
    document.put("id", "needs-assessment-v" + version);
    document.put("documentType", "needsAssessment");
    document.put("title", "Needs assessment, version " + version);
    document.put("description", details.path("assessment").asText());
    document.put("url", baseUrl + "/register/cases/" + caseRef + "#needs-assessment-v" + version);
    document.put("datePublished", date(d.recordedAt()));
    document.put("format", "text/html");
    document.put("language", properties.language());
    ((ArrayNode) planning.get("documents")).add(document);
    emitPlanning(d, "planningUpdate");
  }

  private void budgetCommitted(RecordedDecision d) {
    if (planning == null) {
      return;
    }
    JsonNode details = details(d);
    ObjectNode budget = (ObjectNode) planning.get("budget");
    String currency = budget.path("amount").path("currency").asText();
    budget.set("amount", value(decimal(details.path("amount")), currency));
    budget.put("description", sources.budgetLine(budget.path("id").asText())
        .map(l -> l.getName() + " (fiscal year " + l.getFiscalYear() + ")")
        .orElse("Budget line " + budget.path("id").asText())
        + ", committed for this case after the finance check");
    emitPlanning(d, "planningUpdate");
  }

  private void emitPlanning(RecordedDecision d, String tag) {
    ObjectNode release = release(d, tag, parties(null));
    ObjectNode section = planning.deepCopy();
    if (section.get("documents").isEmpty()) {
      section.remove("documents"); // OCDS asks for no empty arrays
    }
    release.set("planning", section);
    releases.add(release);
  }

  // --- tender ------------------------------------------------------------------------------------

  private void tenderPublished(RecordedDecision d) {
    tenderId(d).ifPresent(id -> {
      tender = new TenderState(sources.tender(id), null, false);
      awards.clear();
      suppliers.clear();
      contract = null;
      emitTender(d, "tender");
    });
  }

  private void bidsOpened(RecordedDecision d) {
    Optional<UUID> id = tenderId(d);
    if (tender == null || id.isEmpty() || !tender.view().id().equals(id.get())) {
      return;
    }
    List<String> bidders = new ArrayList<>();
    details(d).path("bids").forEach(bid -> bidders.add(bid.path("supplier").asText()));
    tender = new TenderState(tender.view(), List.copyOf(bidders), false);
    emitTender(d, "tenderUpdate");
  }

  private void tenderCancelled(RecordedDecision d) {
    Optional<UUID> id = tenderId(d);
    if (tender == null || id.isEmpty() || !tender.view().id().equals(id.get())) {
      return;
    }
    tender = new TenderState(tender.view(), tender.bidders(), true);
    emitTender(d, "tenderCancellation");
  }

  private void emitTender(RecordedDecision d, String tag) {
    ObjectNode release = release(d, tag, parties(tender.bidders()));
    release.set("tender", tenderSection());
    releases.add(release);
  }

  private ObjectNode tenderSection() {
    TenderView t = tender.view();
    ObjectNode section = JSON.objectNode();
    section.put("id", t.id().toString());
    section.put("title", t.title());
    section.put("description", t.summary());
    section.put("status", tender.cancelled() ? "cancelled" : "active");
    section.set("procuringEntity", reference(properties.procuringEntity()));
    section.set("value", value(t.budgetCeiling(), t.currency()));
    section.put("procurementMethod", "open");
    section.put("procurementMethodDetails", "Open procedure with sealed bids: bids stay encrypted until two "
        + "people, an official and a citizen witness, open them together after the deadline.");
    section.put("mainProcurementCategory", "services");
    section.put("awardCriteria", "ratedCriteria");
    section.put("awardCriteriaDetails", awardCriteriaDetails(t.criteria()));
    section.putArray("submissionMethod").add("electronicSubmission");
    section.put("submissionMethodDetails", "Sealed bids through the bid API, POST " + baseUrl + "/api/tenders/"
        + t.id() + "/bids (supplier accounts); each bid gets a receipt with the server time and the bid's SHA-256. "
        + "A bid received at or after the deadline is refused.");
    ObjectNode period = section.putObject("tenderPeriod");
    period.put("startDate", date(t.publishedAt()));
    period.put("endDate", date(t.submissionDeadline()));
    ArrayNode documents = tenderDocuments(t);
    if (!documents.isEmpty()) {
      section.set("documents", documents);
    }
    if (tender.bidders() != null) {
      section.put("numberOfTenderers", tender.bidders().size());
      ArrayNode tenderers = section.putArray("tenderers");
      tender.bidders().forEach(b -> tenderers.add(reference(supplier(b))));
    }
    return section;
  }

  private static String awardCriteriaDetails(List<AwardCriterion> criteria) {
    StringBuilder text = new StringBuilder("The most economically advantageous tender: the highest weighted total "
        + "over these criteria, whose weights were fixed when the tender was published. ");
    for (int i = 0; i < criteria.size(); i++) {
      AwardCriterion c = criteria.get(i);
      text.append(i + 1).append(". ").append(c.name()).append(" (")
          .append(c.type().name().toLowerCase().replace('_', ' ')).append("): ").append(c.weight()).append('%');
      if (c.description() != null && !c.description().isBlank()) {
        text.append(" - ").append(c.description().trim());
      }
      text.append(i + 1 < criteria.size() ? "; " : ".");
    }
    return text.toString();
  }

  /** The tender document, once as the bidding documents and once as the specification it contains. */
  private ArrayNode tenderDocuments(TenderView t) {
    ArrayNode documents = JSON.arrayNode();
    if (t.documentId() == null) {
      return documents;
    }
    Optional<TenderDocument> found = sources.tenderDocument(t.documentId());
    String url = baseUrl + "/api/public/tender-documents/" + t.documentId();
    ObjectNode bidding = documents.addObject();
    bidding.put("id", "tender-document-" + t.documentId());
    bidding.put("documentType", "biddingDocuments");
    bidding.put("title", found.map(doc -> "Tender documents, version " + doc.getVersion()).orElse("Tender documents"));
    bidding.put("description", "How and by when to bid, the award criteria and weights, and the specification. "
        + "SHA-256 of the PDF: " + t.documentSha256());
    bidding.put("url", url);
    bidding.put("datePublished", date(t.publishedAt()));
    bidding.put("format", "application/pdf");
    bidding.put("language", properties.language());
    found.ifPresent(doc -> {
      ObjectNode specification = documents.addObject();
      specification.put("id", "specification-v" + doc.getSpecVersion());
      specification.put("documentType", "technicalSpecifications");
      specification.put("title", "Service specification, version " + doc.getSpecVersion());
      specification.put("description", "The outcomes and service levels the panel agreed, in the section "
          + "'Specification' of the tender documents. SHA-256 of the PDF: " + t.documentSha256());
      specification.put("url", url);
      specification.put("datePublished", date(t.publishedAt()));
      specification.put("format", "application/pdf");
      specification.put("language", properties.language());
    });
    return documents;
  }

  // --- award, contract, implementation ----------------------------------------------------------

  private boolean aboutCurrentTender(RecordedDecision d) {
    Optional<UUID> id = tenderId(d);
    return tender != null && id.isPresent() && tender.view().id().equals(id.get());
  }

  private static String awardId(String tenderId, int round) {
    return tenderId + "-award-" + round;
  }

  private void awardApproved(RecordedDecision d) {
    if (!aboutCurrentTender(d)) {
      return;
    }
    JsonNode details = details(d);
    int round = details.path("round").asInt();
    String supplier = details.path("supplier").asText();
    String id = awardId(tender.view().id().toString(), round);
    ObjectNode award = JSON.objectNode();
    award.put("id", id);
    award.put("title", "Award of " + tender.view().title() + ", evaluation round " + round);
    award.put("description", "Recommended by the panel by double majority and approved by " + d.actor()
        + "; awarded once the standstill has ended without an upheld challenge.");
    award.put("status", "pending");
    award.put("date", date(d.recordedAt()));
    award.set("value", value(decimal(details.path("contractValue")), details.path("currency").asText()));
    award.putArray("suppliers").add(reference(supplier(supplier)));
    ObjectNode report = award.putArray("documents").addObject();
    report.put("id", "evaluation-report-" + id);
    report.put("documentType", "evaluationReports");
    report.put("title", "Evaluation and award decision, round " + round);
    report.put("description", "Every compliant bid's weighted total and rank, and the panel's mean score on each "
        + "criterion.");
    report.put("url", baseUrl + "/register/tenders/" + tender.view().id() + "#scores");
    report.put("datePublished", date(d.recordedAt()));
    report.put("format", "text/html");
    report.put("language", properties.language());
    awards.put(id, award);
    if (!suppliers.contains(supplier)) {
      suppliers.add(supplier);
    }
    emitAwards(d, "award");
  }

  private void challengeUpheld(RecordedDecision d) {
    if (!aboutCurrentTender(d)) {
      return;
    }
    ObjectNode award = awards.get(awardId(tender.view().id().toString(), details(d).path("round").asInt()));
    if (award == null) {
      return;
    }
    award.put("status", "cancelled");
    award.put("description", "Cancelled: a bidder's challenge was upheld by " + d.actor() + " and the tender went "
        + "back to evaluation.");
    emitAwards(d, "awardCancellation");
  }

  private void contractAwarded(RecordedDecision d) {
    if (!aboutCurrentTender(d)) {
      return;
    }
    JsonNode details = details(d);
    String awardId = awardId(tender.view().id().toString(), details.path("round").asInt());
    ObjectNode award = awards.get(awardId);
    if (award != null) {
      award.put("status", "active");
    }
    contract = JSON.objectNode();
    contract.put("id", details.path("contractId").asText());
    contract.put("awardID", awardId);
    contract.put("title", tender.view().title());
    contract.put("status", "active");
    contract.set("value", value(decimal(details.path("value")), details.path("currency").asText()));
    ObjectNode period = contract.putObject("period");
    period.put("startDate", details.path("startDate").asText() + "T00:00:00Z");
    if (!details.path("endDate").isNull() && !details.path("endDate").isMissingNode()) {
      period.put("endDate", details.path("endDate").asText() + "T23:59:59Z");
    }
    contract.put("dateSigned", date(d.recordedAt()));
    ObjectNode release = emitAwards(d, "contract");
    release.putArray("contracts").add(contract.deepCopy());
  }

  private void reviewRecorded(RecordedDecision d) {
    if (contract == null) {
      return;
    }
    JsonNode details = details(d);
    int number = details.path("review").asInt();
    StringBuilder findings = new StringBuilder(details.path("summary").asText());
    details.path("findings").forEach(f -> findings.append(" | ").append(f.path("outcome").asText()).append(": ")
        .append(label(f.path("assessment").asText())).append(" - ").append(f.path("evidence").asText()));
    ObjectNode implementation = contract.has("implementation") ? (ObjectNode) contract.get("implementation")
        : contract.putObject("implementation");
    ArrayNode documents = implementation.has("documents") ? (ArrayNode) implementation.get("documents")
        : implementation.putArray("documents");
    ObjectNode document = documents.addObject();
    document.put("id", "service-review-" + number);
    document.put("documentType", "physicalProgressReport");
    document.put("title", "Service review " + number + " by the panel: rating " + details.path("rating").asInt()
        + " of 5");
    document.put("description", findings.toString());
    document.put("url", baseUrl + "/register/cases/" + caseRef + "#review-" + number);
    document.put("datePublished", date(d.recordedAt()));
    document.put("format", "text/html");
    document.put("language", properties.language());
    ObjectNode release = release(d, "implementation", parties(tender.bidders()));
    release.putArray("contracts").add(contract.deepCopy());
    releases.add(release);
  }

  private void caseStatusChanged(RecordedDecision d) {
    if (contract == null || !"CLOSED".equals(details(d).path("to").asText())) {
      return;
    }
    contract.put("status", "terminated");
    ObjectNode release = release(d, "contractTermination", parties(tender.bidders()));
    release.putArray("contracts").add(contract.deepCopy());
    releases.add(release);
  }

  /** A release with the current tender's awards; the caller may add the contract. */
  private ObjectNode emitAwards(RecordedDecision d, String tag) {
    ObjectNode release = release(d, tag, parties(tender.bidders()));
    ArrayNode array = release.putArray("awards");
    awards.values().forEach(a -> array.add(a.deepCopy()));
    releases.add(release);
    return release;
  }

  /** {@code NOT_MET} reads "not met". */
  private static String label(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  // --- common ------------------------------------------------------------------------------------

  private ObjectNode release(RecordedDecision d, String tag, ArrayNode parties) {
    ObjectNode release = JSON.objectNode();
    release.put("ocid", ocid);
    release.put("id", ocid + "-" + tag + "-" + d.seq());
    release.put("date", date(d.recordedAt()));
    release.putArray("tag").add(tag);
    release.put("initiationType", "tender");
    release.put("language", properties.language());
    release.set("parties", parties);
    release.set("buyer", reference(properties.buyer()));
    return release;
  }

  /**
   * The city as buyer and procuring entity; from the tender on, the body that reviews challenges
   * (bidders need to know it before they bid); once the bids are opened, every bidder; once an
   * award is approved, its supplier.
   */
  private ArrayNode parties(List<String> bidders) {
    Map<String, ObjectNode> parties = new LinkedHashMap<>();
    party(parties, properties.buyer(), "buyer");
    party(parties, properties.procuringEntity(), "procuringEntity");
    if (tender != null) {
      party(parties, properties.reviewBody(), "reviewBody");
    }
    if (bidders != null) {
      bidders.forEach(b -> party(parties, supplier(b), "tenderer"));
    }
    suppliers.forEach(s -> party(parties, supplier(s), "supplier"));
    ArrayNode array = JSON.arrayNode();
    parties.values().forEach(array::add);
    return array;
  }

  private static void party(Map<String, ObjectNode> parties, Organization organization, String role) {
    ObjectNode party = parties.computeIfAbsent(organization.id(), id -> {
      ObjectNode p = JSON.objectNode();
      p.put("id", organization.id());
      p.put("name", organization.name());
      p.putArray("roles");
      return p;
    });
    ((ArrayNode) party.get("roles")).add(role);
  }

  /** A supplier is known by its account id (ADR 0004: the opening records it with the receipt). */
  static Organization supplier(String accountId) {
    return new Organization("supplier-" + accountId, accountId);
  }

  private static ObjectNode reference(Organization organization) {
    ObjectNode ref = JSON.objectNode();
    ref.put("id", organization.id());
    ref.put("name", organization.name());
    return ref;
  }

  private static ObjectNode value(BigDecimal amount, String currency) {
    ObjectNode value = JSON.objectNode();
    // A scale of at least 2 keeps the number in plain notation (never 1E+5).
    value.put("amount", amount.setScale(Math.max(2, amount.scale())));
    value.put("currency", currency);
    return value;
  }

  /** Amounts in details are JSON numbers (BigDecimal) or, in the award module's, plain strings. */
  private static BigDecimal decimal(JsonNode node) {
    if (node.isTextual()) {
      return new BigDecimal(node.asText());
    }
    if (!node.isNumber()) {
      throw new IllegalStateException("Not an amount: " + node);
    }
    return node.decimalValue();
  }

  static String date(Instant instant) {
    return instant.toString();
  }

  private Optional<UUID> tenderId(RecordedDecision d) {
    String id = details(d).path("tenderId").asText(null);
    return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
  }

  private JsonNode details(RecordedDecision d) {
    try {
      return mapper.readTree(d.details());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Decision #" + d.seq() + " has details that are not JSON", e);
    }
  }
}
