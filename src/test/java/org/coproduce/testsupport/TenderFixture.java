package org.coproduce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.coproduce.bidding.BidFixtures;
import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpeningCapacity;
import org.coproduce.budget.BudgetService;
import org.coproduce.codesign.SpecificationDraft;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CaseStatus;
import org.coproduce.commissioning.OpenCase;
import org.coproduce.evaluation.CriterionScore;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.evaluation.ScoredCriterion;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.DrawOptions;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.People;
import org.coproduce.panel.Quota;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.PublishTender;
import org.coproduce.tender.TenderService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A tender as far as its evaluation, built through the real services on the shared test database
 * (for {@link PostgresIntegrationTest}s): a case on its own budget line with a committed budget, a
 * confirmed panel (six citizens drawn from this fixture's own ward, two officials), a drafted
 * specification, a published tender, bids submitted over the HTTP API by suppliers, the deadline
 * crossed on the {@link TestClock} and the bids opened by an official and a citizen witness.
 *
 * <p>Leaves the clock stopped at the deadline: tests reset it after each test.
 *
 * <pre>{@code
 * TenderFixture fx = TenderFixture.of(applicationContext);
 * TenderFixture.Opened t = fx.openedTender("Meals on wheels", Map.of("supplier-a", "90000.00", ...));
 * }</pre>
 */
public final class TenderFixture {

  public static final String PASSWORD = "Tender-fixture-1";
  public static final String OFFICER = "tf-officer";
  public static final String FINANCE = "tf-finance";
  /** The official who confirms openings. */
  public static final String OPENER = "tf-opener";
  /** Holds delegated award authority (group approvers); also reviews challenges. */
  public static final String APPROVER = "tf-approver";
  public static final String WARD = "tf-ward";
  public static final BigDecimal COMMITTED = new BigDecimal("250000.00");
  public static final int DURATION_MONTHS = 24;
  public static final List<AwardCriterion> CRITERIA = List.of(
      new AwardCriterion("Quality of service", CriterionType.QUALITY, 50, "How well the service model meets the outcomes"),
      new AwardCriterion("Price", CriterionType.PRICE, 35, null),
      new AwardCriterion("Social value", CriterionType.SOCIAL_VALUE, 15, "Local jobs and volunteering"));

  private static boolean peopleReady;

  private final IdentityDirectory identities;
  private final People people;
  private final PanelService panels;
  private final CaseService cases;
  private final BudgetService budget;
  private final SpecificationService specifications;
  private final TenderService tenders;
  private final BidOpening opening;
  private final EvaluationService evaluation;
  private final TestClock clock;
  private final BidFixtures bids;

  private TenderFixture(ApplicationContext context) {
    this.identities = context.getBean(IdentityDirectory.class);
    this.people = context.getBean(People.class);
    this.panels = context.getBean(PanelService.class);
    this.cases = context.getBean(CaseService.class);
    this.budget = context.getBean(BudgetService.class);
    this.specifications = context.getBean(SpecificationService.class);
    this.tenders = context.getBean(TenderService.class);
    this.opening = context.getBean(BidOpening.class);
    this.evaluation = context.getBean(EvaluationService.class);
    this.clock = context.getBean(TestClock.class);
    this.bids = new BidFixtures(tenders, identities, context.getBean(TestRestTemplate.class), clock);
  }

  public static TenderFixture of(ApplicationContext context) {
    TenderFixture fixture = new TenderFixture(context);
    fixture.ensurePeople();
    return fixture;
  }

  /** A case with its committed budget, confirmed panel and drafted specification. */
  public record PanelCase(String caseRef, String chair, List<ActiveMember> members, LocalDate targetServiceStart) {

    public List<String> memberIds() {
      return members.stream().map(ActiveMember::userId).toList();
    }

    public String citizen() {
      return members.stream().filter(m -> m.kind() == MemberKind.CITIZEN).findFirst().orElseThrow().userId();
    }

    public String official() {
      return members.stream().filter(m -> m.kind() == MemberKind.OFFICIAL).findFirst().orElseThrow().userId();
    }

    /** A member who is not the chair. */
    public String member() {
      return members.stream().filter(m -> !m.chair()).findFirst().orElseThrow().userId();
    }
  }

  /** A tender whose bids have been opened; the clock stands at its deadline. */
  public record Opened(PanelCase panelCase, UUID tenderId, Map<String, UUID> bids, Instant deadline) {

    public String caseRef() {
      return panelCase.caseRef();
    }

    public String chair() {
      return panelCase.chair();
    }

    public List<String> members() {
      return panelCase.memberIds();
    }

    public UUID bidOf(String supplier) {
      UUID bid = bids.get(supplier);
      assertThat(bid).as("a bid of %s", supplier).isNotNull();
      return bid;
    }
  }

  /** A case on a new budget line, {@link #COMMITTED} committed on it, a confirmed panel and a specification. */
  public PanelCase panelCase(String title) {
    String line = "TF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    budget.createLine(line, "Fixture line " + line, new BigDecimal("400000.00"), "CAD", 2027, FINANCE);
    LocalDate serviceStart = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusYears(1);
    String caseRef = cases.open(new OpenCase("Community care", title,
        "Residents need a dependable service that the city does not provide today.", line,
        new BigDecimal("300000.00"), serviceStart.minusMonths(2), serviceStart), OFFICER).getRef();
    panels.draw(caseRef, title, OFFICER, new DrawOptions(null, Map.of("ward", Map.of(WARD, new Quota(6, 6)))));
    panels.confirm(caseRef, OFFICER);
    List<ActiveMember> members = panels.activeMembers(caseRef);
    String chair = members.stream().filter(ActiveMember::chair).findFirst().orElseThrow().userId();
    specifications.draft(caseRef, chair, new SpecificationDraft("Visits every weekday\nNamed carers",
        "Response within a day", DURATION_MONTHS, COMMITTED, "A dependable care service",
        CRITERIA.stream().map(c -> new SpecificationDraft.Criterion(c.name(),
            org.coproduce.codesign.CriterionType.valueOf(c.type().name()), c.weight(), c.description())).toList()));
    cases.commitBudget(caseRef, COMMITTED, FINANCE);
    return new PanelCase(caseRef, chair, members, serviceStart);
  }

  /** Publishes the case's tender with {@link #CRITERIA}, its deadline two hours after the clock's reading. */
  public UUID publish(PanelCase panelCase, String title) {
    Instant deadline = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
    UUID tenderId = tenders.publish(new PublishTender(panelCase.caseRef(), title, "A tender for the tests.", null, null,
        deadline, COMMITTED, "CAD", CRITERIA, OFFICER));
    cases.moveTo(panelCase.caseRef(), CaseStatus.TENDERING, OFFICER, "tender " + tenderId + " published");
    return tenderId;
  }

  /** A supplier login (password = its id), in group suppliers. */
  public String supplier(String supplierId) {
    return bids.supplier(supplierId);
  }

  /** Submits a bid over the supplier API; returns its id. */
  public UUID bid(UUID tenderId, String supplierId, String price) {
    supplier(supplierId);
    ResponseEntity<String> receipt = bids.submit(supplierId, tenderId, "k-" + UUID.randomUUID(),
        BidFixtures.bid(price, "Our service model for " + tenderId, "Local jobs at the living wage"));
    assertThat(receipt.getStatusCode()).as(receipt.getBody()).isEqualTo(HttpStatus.CREATED);
    return UUID.fromString(BidFixtures.json(receipt).get("bidId").asText());
  }

  /** Crosses the deadline, closes the tender and opens its bids (an official and a citizen of the panel). */
  public void open(PanelCase panelCase, UUID tenderId) {
    clock.setTo(tenders.get(tenderId).submissionDeadline());
    tenders.close(tenderId);
    opening.confirm(tenderId, OPENER, OpeningCapacity.OFFICIAL);
    opening.confirm(tenderId, panelCase.citizen(), OpeningCapacity.CITIZEN_WITNESS);
    opening.open(tenderId);
  }

  /** Everything up to the opening, with one bid per supplier at the given price, submitted in supplier order. */
  public Opened openedTender(String title, Map<String, String> pricesBySupplier) {
    PanelCase panelCase = panelCase(title);
    UUID tenderId = publish(panelCase, title);
    Map<String, UUID> submitted = new LinkedHashMap<>();
    // In supplier order, so that the order of receipt (the opened order) is the same on every run.
    new java.util.TreeMap<>(pricesBySupplier)
        .forEach((supplier, price) -> submitted.put(supplier, bid(tenderId, supplier, price)));
    Instant deadline = tenders.get(tenderId).submissionDeadline();
    open(panelCase, tenderId);
    return new Opened(panelCase, tenderId, submitted, deadline);
  }

  // ------------------------------------------------------------------ evaluation shortcuts

  /** The officer finds every bid compliant, except those of the suppliers named. */
  public void checkCompliance(Opened tender, String... nonCompliantSuppliers) {
    List<String> refused = List.of(nonCompliantSuppliers);
    tender.bids().forEach((supplier, bid) -> evaluation.recordCompliance(tender.tenderId(), bid, OFFICER,
        !refused.contains(supplier), refused.contains(supplier) ? "The method statement is missing."
            : "All mandatory documents are present."));
  }

  /** Every evaluator declares no conflict with every compliant bidder. */
  public void declareNoConflicts(Opened tender) {
    for (String member : tender.members()) {
      for (UUID bid : evaluation.compliantBidIds(tender.tenderId())) {
        evaluation.declareBidderConflict(tender.tenderId(), member, bid, false, null);
      }
    }
  }

  /** Every evaluator scores every bid they may score: {@code score(evaluator, supplier)} on every criterion. */
  public void scoreAll(Opened tender, BiFunction<String, String, Integer> score) {
    List<ScoredCriterion> criteria = evaluation.scoredCriteria(tender.tenderId());
    for (String member : tender.members()) {
      for (UUID bid : evaluation.bidsToScore(tender.tenderId(), member)) {
        String supplier = evaluation.bidderName(bid);
        evaluation.scoreBid(tender.tenderId(), bid, member, criteria.stream()
            .map(c -> new CriterionScore(c.name(), score.apply(member, supplier),
                "The response on " + c.name() + " is convincing for " + supplier + "."))
            .toList());
      }
    }
  }

  /** Compliance (all compliant unless named), no conflicts, everyone scores as given. */
  public void evaluate(Opened tender, BiFunction<String, String, Integer> score, String... nonCompliantSuppliers) {
    checkCompliance(tender, nonCompliantSuppliers);
    declareNoConflicts(tender);
    scoreAll(tender, score);
  }

  // ------------------------------------------------------------------ people

  private synchronized void ensurePeople() {
    if (peopleReady) {
      return;
    }
    user(OFFICER, Roles.COMMISSIONING_OFFICERS, Roles.OFFICIALS);
    user(FINANCE, Roles.FINANCE, Roles.OFFICIALS);
    user(OPENER, Roles.OFFICIALS);
    user(APPROVER, Roles.APPROVERS, Roles.OFFICIALS);
    for (int i = 1; i <= 2; i++) {
      String official = "tf-official" + i;
      user(official, Roles.OFFICIALS);
      if (people.official(official).isEmpty()) {
        people.registerOfficial(new NewOfficial(official, "Tender", "Official " + i, null, "Procurement", "Officer",
            null));
      }
    }
    // Seven volunteers in the fixture's own ward: the quota puts six of them on every fixture panel.
    for (int i = 1; i <= 7; i++) {
      String citizen = "tf-citizen" + i;
      user(citizen, Roles.CITIZENS);
      String email = citizen + "@example.org";
      if (people.volunteers().stream().noneMatch(v -> citizen.equals(v.userId()))) {
        people.registerVolunteer(new NewVolunteer("Tender", "Citizen " + i, email, WARD, "30-44",
            i % 2 == 0 ? "female" : "male", "owner", "tf-household-" + i, null, citizen), OFFICER);
      }
    }
    peopleReady = true;
  }

  private void user(String userId, String... groups) {
    identities.ensureUser(userId, "Tender", userId, userId + "@users.test", PASSWORD);
    for (String group : groups) {
      identities.addToGroup(userId, group);
    }
  }
}
