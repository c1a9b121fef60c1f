package org.coproduce.tender.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.BidWindow;
import org.coproduce.tender.PublishTender;
import org.coproduce.tender.TenderPublished;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderStatus;
import org.coproduce.tender.TenderView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultTenderService implements TenderService {

  private static final Logger log = LoggerFactory.getLogger(DefaultTenderService.class);
  private static final String RULE_PUBLICATION =
      "tender.minimum-submission-period, tender.weights-sum-to-100, tender.social-value-required";

  private final TenderRepository tenders;
  private final TenderCriteria criteria;
  private final DecisionRecord record;
  private final ApplicationEventPublisher events;
  private final TenderProperties properties;
  private final OcdsProperties ocds;
  private final Clock clock;

  DefaultTenderService(TenderRepository tenders, TenderCriteria criteria, DecisionRecord record,
      ApplicationEventPublisher events, TenderProperties properties, OcdsProperties ocds, Clock clock) {
    this.tenders = tenders;
    this.criteria = criteria;
    this.record = record;
    this.events = events;
    this.properties = properties;
    this.ocds = ocds;
    this.clock = clock;
  }

  @Override
  @Transactional
  public UUID publish(PublishTender command) {
    Instant now = now();
    PublicationRules.check(command, now, properties.minimumSubmissionPeriod());
    UUID id = UUID.randomUUID();
    String ocid = ocds.ocid(command.caseRef());
    Tender tender = new Tender(id, command.caseRef(), ocid, command.title().trim(), command.summary().trim(),
        command.documentId(), command.documentSha256(), now, command.publishedBy(), command.submissionDeadline(),
        PublicationRules.amount(command.budgetCeiling()), command.currency());
    tenders.save(tender);
    List<AwardCriterion> published = List.copyOf(command.criteria());
    List<TenderCriterion> rows = new ArrayList<>();
    for (int i = 0; i < published.size(); i++) {
      rows.add(new TenderCriterion(id, i + 1, published.get(i)));
    }
    criteria.saveAll(rows);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", id.toString());
    details.put("ocid", ocid);
    details.put("title", tender.title());
    details.put("submissionDeadline", command.submissionDeadline().toString());
    details.put("budgetCeiling", tender.budgetCeiling().toPlainString());
    details.put("currency", command.currency());
    details.put("documentId", command.documentId() == null ? null : command.documentId().toString());
    details.put("documentSha256", command.documentSha256());
    details.put("criteria", published.stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("type", c.type().name());
      m.put("weight", c.weight());
      m.put("description", c.description());
      return m;
    }).toList());
    record.append(new Decision(command.caseRef(), command.publishedBy(), "commissioning-officer",
        "tender.published", RULE_PUBLICATION, "published, bids until " + command.submissionDeadline(), details));
    events.publishEvent(new TenderPublished(id, command.caseRef(), ocid, command.submissionDeadline()));
    log.info("Tender {} ({}) published for case {}, bids accepted until {}", id, ocid, command.caseRef(),
        command.submissionDeadline());
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public TenderView get(UUID tenderId) {
    Tender tender = find(tenderId);
    return view(tender, criteria.ofTender(tenderId).stream().map(TenderCriterion::view).toList());
  }

  @Override
  public String ocidOf(String caseRef) {
    return ocds.ocid(caseRef);
  }

  @Override
  @Transactional(readOnly = true)
  public List<TenderView> ofCase(String caseRef) {
    return views(tenders.findByCase(caseRef));
  }

  @Override
  @Transactional(readOnly = true)
  public List<TenderView> openTenders() {
    return views(tenders.findOpen(TenderStatus.PUBLISHED, now()));
  }

  @Override
  @Transactional(readOnly = true)
  public void changeCriteria(UUID tenderId, List<AwardCriterion> newCriteria, String requestedBy) {
    Tender tender = find(tenderId);
    log.warn("Refused a change of the frozen criteria of tender {} ({}) requested by {}", tenderId, tender.ocid(),
        requestedBy);
    tender.changeCriteria();
  }

  @Override
  @Transactional
  public TenderView close(UUID tenderId) {
    Tender tender = tenders.lockExclusive(tenderId).orElseThrow(() -> notFound(tenderId));
    Instant now = now();
    if (tender.close(now)) {
      record.append(new Decision(tender.caseRef(), "system", "process", "tender.closed", "sealed-bids.deadline",
          "closed for bids at " + tender.submissionDeadline(),
          Map.of("tenderId", tenderId.toString(), "ocid", tender.ocid(),
              "submissionDeadline", tender.submissionDeadline().toString(), "closedAt", now.toString())));
      log.info("Tender {} ({}) closed for bids", tenderId, tender.ocid());
    }
    return get(tenderId);
  }

  @Override
  @Transactional
  public TenderView cancel(UUID tenderId, String cancelledBy, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleViolation(PublicationRules.INVALID, "A cancellation needs a reason.");
    }
    Tender tender = tenders.lockExclusive(tenderId).orElseThrow(() -> notFound(tenderId));
    tender.cancel(now());
    record.append(new Decision(tender.caseRef(), cancelledBy, "commissioning-officer", "tender.cancelled",
        "tender.status", "cancelled", Map.of("tenderId", tenderId.toString(), "ocid", tender.ocid(), "reason", reason)));
    log.info("Tender {} ({}) cancelled by {}", tenderId, tender.ocid(), cancelledBy);
    return get(tenderId);
  }

  @Override
  @Transactional
  public TenderView markAwarded(UUID tenderId, String awardedBy) {
    Tender tender = tenders.lockExclusive(tenderId).orElseThrow(() -> notFound(tenderId));
    tender.markAwarded(now());
    record.append(new Decision(tender.caseRef(), awardedBy, "approver", "tender.awarded", "tender.status",
        "awarded", Map.of("tenderId", tenderId.toString(), "ocid", tender.ocid())));
    return get(tenderId);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public BidWindow lockForBidIntake(UUID tenderId) {
    return tenders.lockShared(tenderId).orElseThrow(() -> notFound(tenderId)).window();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public BidWindow lockForOpening(UUID tenderId) {
    return tenders.lockExclusive(tenderId).orElseThrow(() -> notFound(tenderId)).window();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void markOpened(UUID tenderId) {
    // Already locked by the caller in this transaction: the persistence context returns the same row.
    tenders.lockExclusive(tenderId).orElseThrow(() -> notFound(tenderId)).markOpened(now());
  }

  private Tender find(UUID tenderId) {
    return tenders.findById(tenderId).orElseThrow(() -> notFound(tenderId));
  }

  private List<TenderView> views(List<Tender> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<AwardCriterion>> byTender = criteria.ofTenders(found.stream().map(Tender::id).toList()).stream()
        .collect(Collectors.groupingBy(TenderCriterion::tenderId, LinkedHashMap::new,
            Collectors.mapping(TenderCriterion::view, Collectors.toList())));
    return found.stream().map(t -> view(t, byTender.getOrDefault(t.id(), List.of()))).toList();
  }

  private static TenderView view(Tender t, List<AwardCriterion> criteria) {
    return new TenderView(t.id(), t.caseRef(), t.ocid(), t.title(), t.summary(), t.documentId(), t.documentSha256(),
        t.status(), t.publishedAt(), t.submissionDeadline(), t.budgetCeiling(), t.currency(), List.copyOf(criteria));
  }

  private static NotFoundException notFound(UUID tenderId) {
    return new NotFoundException("There is no tender " + tenderId + ".");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
