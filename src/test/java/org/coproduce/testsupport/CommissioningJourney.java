package org.coproduce.testsupport;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.bidding.BidFixtures;
import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpeningCapacity;
import org.coproduce.budget.BudgetService;
import org.coproduce.codesign.AwardCriterion;
import org.coproduce.codesign.CriterionType;
import org.coproduce.codesign.NeedsService;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.Specification;
import org.coproduce.codesign.SpecificationDraft;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.OpenCase;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.DrawOptions;
import org.coproduce.panel.Quota;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.People;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.coproduce.tender.PublishTender;
import org.coproduce.tender.TenderDocument;
import org.coproduce.tender.TenderDocuments;
import org.coproduce.tender.TenderService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * One case taken through the real domain services, stage by stage, as the processes would: opened,
 * a panel drawn and confirmed, needs recorded and assessed, a specification drafted and voted,
 * the budget checked and committed, the tender documents generated and signed off, the tender
 * published, bids submitted over the bid API, and the bids opened by two people. No process
 * instance runs: the tests look at what the public sees at each stage.
 */
public final class CommissioningJourney {

  public static final String OFFICER = "journey-officer";
  public static final String FINANCE = "journey-finance";
  /** Volunteers' real names: personal data that nothing public may show. */
  public static final String VOLUNTEER_SURNAME = "Privatename";
  /**
   * The journeys' volunteers live in a ward of their own, and draws take all six citizens from it:
   * other tests' volunteers in the shared pool never change who sits on a journey's panel.
   */
  public static final String WARD = "journey-ward";
  static final String[] AGES = {"16-29", "30-44", "45-64", "65-plus"};
  static final String[] TENURES = {"owner", "private-renter", "social-renter"};

  private static boolean poolReady;

  private final ApplicationContext context;
  private final TestClock clock;
  private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  public String caseRef;
  public String budgetLine;
  public List<ActiveMember> members = List.of();
  public String chair;
  public Specification specification;
  public TenderDocument document;
  public UUID tenderId;
  public final Map<String, String> bidIds = new LinkedHashMap<>();

  public CommissioningJourney(ApplicationContext context) {
    this.context = context;
    this.clock = context.getBean(TestClock.class);
    ensurePool();
  }

  private <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** People the draws can seat, registered once per test JVM (the pool is shared, like a city's). */
  private void ensurePool() {
    synchronized (CommissioningJourney.class) {
      if (poolReady) {
        return;
      }
      IdentityDirectory identities = bean(IdentityDirectory.class);
      People people = bean(People.class);
      identities.ensureUser(OFFICER, "Journey", "Officer", OFFICER + "@city.test", OFFICER);
      identities.addToGroup(OFFICER, Roles.COMMISSIONING_OFFICERS);
      identities.ensureUser(FINANCE, "Journey", "Finance", FINANCE + "@city.test", FINANCE);
      identities.addToGroup(FINANCE, Roles.FINANCE);
      for (int i = 1; i <= 4; i++) {
        String official = "journey-official" + i;
        identities.ensureUser(official, "Journey", "Official " + i, official + "@city.test", official);
        identities.addToGroup(official, Roles.OFFICIALS);
        people.registerOfficial(new NewOfficial(official, "Journey", "Official " + i, null, "Community services",
            "Officer", null));
      }
      for (int i = 0; i < 10; i++) {
        people.registerVolunteer(new NewVolunteer("Journey", VOLUNTEER_SURNAME + i,
            "journey-volunteer" + i + "@private.example", WARD, AGES[i % 4],
            i % 2 == 0 ? "female" : "male", TENURES[i % 3], "journey-household-" + i, null, null), OFFICER);
      }
      poolReady = true;
    }
  }

  /** Analyse: a budget line of its own and a case on it. */
  public CommissioningJourney openCase(String title, String problem) {
    budgetLine = "JRN-" + tag;
    bean(BudgetService.class).createLine(budgetLine, "Community services " + tag, new BigDecimal("300000.00"), "CAD",
        2027, FINANCE);
    caseRef = bean(CaseService.class).open(new OpenCase("Community services", title, problem, budgetLine,
        new BigDecimal("250000.00"), null, null), OFFICER).getRef();
    return this;
  }

  public CommissioningJourney drawAndConfirmPanel() {
    PanelService panels = bean(PanelService.class);
    panels.draw(caseRef, "Journey " + tag, OFFICER,
        new DrawOptions(null, Map.of("ward", Map.of(WARD, new Quota(6, 6)))));
    panels.confirm(caseRef, OFFICER);
    members = panels.activeMembers(caseRef);
    chair = members.stream().filter(ActiveMember::chair).findFirst().orElseThrow().userId();
    return this;
  }

  public CommissioningJourney assessNeeds(String assessment) {
    NeedsService needs = bean(NeedsService.class);
    for (ActiveMember m : members) {
      needs.recordNeeds(caseRef, m.userId(), "Needs seen by " + m.userId(), "Safety first");
    }
    needs.consolidate(caseRef, chair, assessment);
    return this;
  }

  /** Plan: the specification agreed by double majority, the budget checked and committed, the documents signed off. */
  public CommissioningJourney agreeSpecificationAndDocuments(String outcomes) {
    SpecificationService specifications = bean(SpecificationService.class);
    PanelVoting voting = bean(PanelVoting.class);
    specifications.draft(caseRef, chair, new SpecificationDraft(outcomes, "A youth worker on site at all times",
        24, new BigDecimal("180000.00"), "A staffed evening space for young people",
        List.of(new SpecificationDraft.Criterion("Quality of service", CriterionType.QUALITY, 50,
                "How the evenings are staffed and run"),
            new SpecificationDraft.Criterion("Price", CriterionType.PRICE, 35, null),
            new SpecificationDraft.Criterion("Social value", CriterionType.SOCIAL_VALUE, 15, "Local jobs"))));
    int version = specifications.current(caseRef).getVersion();
    for (ActiveMember m : members) {
      voting.cast(caseRef, VoteSubject.SPECIFICATION, version, m.userId(), true, "Agreed by " + m.userId());
    }
    specifications.concludeVote(caseRef);
    specifications.recordBudgetCheck(caseRef, FINANCE, true, "Fits the line");
    specifications.commitBudget(caseRef, FINANCE);
    TenderDocuments documents = bean(TenderDocuments.class);
    document = documents.generate(caseRef, OFFICER);
    for (ActiveMember m : members) {
      voting.cast(caseRef, VoteSubject.TENDER_DOCUMENTS, document.getVersion(), m.userId(), true, "");
    }
    documents.concludeSignOff(caseRef);
    specification = specifications.current(caseRef);
    return this;
  }

  /** Do: the tender published with the agreed criteria, its deadline {@code open} away. */
  public CommissioningJourney publishTender(Duration open) {
    SpecificationService specifications = bean(SpecificationService.class);
    List<org.coproduce.tender.AwardCriterion> criteria = new ArrayList<>();
    for (AwardCriterion c : specifications.criteriaOf(specification)) {
      criteria.add(new org.coproduce.tender.AwardCriterion(c.getName(),
          org.coproduce.tender.CriterionType.valueOf(c.getType().name()), c.getWeight(), c.getDescription()));
    }
    Instant deadline = clock.instant().plus(open).truncatedTo(ChronoUnit.MILLIS);
    tenderId = bean(TenderService.class).publish(new PublishTender(caseRef, "Evening youth space " + tag,
        specification.getPlainSummary(), document.getId(), document.getSha256(), deadline,
        specification.getEstimatedValue(), "CAD", criteria, OFFICER));
    return this;
  }

  public BidFixtures bids() {
    return new BidFixtures(bean(TenderService.class), bean(IdentityDirectory.class), bean(TestRestTemplate.class),
        clock);
  }

  /** A supplier's bid over the bid API; returns the supplier's account id. */
  public String bid(String supplier, String price, String technical, String socialValue) {
    BidFixtures fx = bids();
    fx.supplier(supplier);
    var response = fx.submit(supplier, tenderId, "k-" + supplier, BidFixtures.bid(price, technical, socialValue));
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("The bid of " + supplier + " was not receipted: " + response.getBody());
    }
    bidIds.put(supplier, BidFixtures.json(response).get("bidId").asText());
    return supplier;
  }

  /** After the deadline (the clock moved past it), an official and a citizen witness open the bids. */
  public CommissioningJourney openBids() {
    TenderService tenders = bean(TenderService.class);
    clock.setTo(tenders.get(tenderId).submissionDeadline().plusMillis(1));
    tenders.close(tenderId);
    BidOpening opening = bean(BidOpening.class);
    String official = members.stream().filter(m -> m.kind() == MemberKind.OFFICIAL).findFirst().orElseThrow().userId();
    opening.confirm(tenderId, official, OpeningCapacity.OFFICIAL);
    opening.confirm(tenderId, chair, OpeningCapacity.CITIZEN_WITNESS);
    opening.open(tenderId);
    return this;
  }

  public String ocid() {
    return bean(TenderService.class).ocidOf(caseRef);
  }
}
