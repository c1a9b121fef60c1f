package org.coproduce.register.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.award.AwardDecision;
import org.coproduce.award.AwardService;
import org.coproduce.award.ContractView;
import org.coproduce.budget.BudgetService;
import org.coproduce.codesign.NeedsService;
import org.coproduce.codesign.PanelVote;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.Specification;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.evaluation.RankingNoLongerVerifies;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelMemberView;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.PanelView;
import org.coproduce.record.ChainVerification;
import org.coproduce.record.DecisionRecord;
import org.coproduce.record.RecordedDecision;
import org.coproduce.review.ReviewService;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.TenderDocument;
import org.coproduce.tender.TenderDocuments;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderStatus;
import org.coproduce.tender.TenderView;
import org.springframework.stereotype.Service;

/**
 * Builds what the register's pages show from the domain services and the decision record. What
 * is public and what never is (docs/open-data.md):
 * <ul>
 *   <li>people appear by their account id (the decision record, which must be published whole to be
 *       verifiable, names them so) and, on a panel, by seat ("Citizen 2"); names, contact data and
 *       the features the draw balanced are never shown;
 *   <li>bidders are named only from the opening decision, which exists only once two people opened
 *       the bids; bid contents and prices are never read here.
 * </ul>
 */
@Service
// Not one transaction: a service refusing (no panel yet, say) would mark a shared one rollback-only.
class RegisterViews {

  private static final ObjectMapper DETAILS = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final CaseService cases;
  private final BudgetService budget;
  private final PanelService panels;
  private final NeedsService needs;
  private final SpecificationService specifications;
  private final PanelVoting voting;
  private final TenderService tenders;
  private final TenderDocuments documents;
  private final AwardService awards;
  private final ReviewService reviews;
  private final DecisionRecord record;
  private final ChainStatus chain;
  private final DateTimeFormatter format;
  private final DateTimeFormatter day;

  RegisterViews(CaseService cases, BudgetService budget, PanelService panels, NeedsService needs,
      SpecificationService specifications, PanelVoting voting, TenderService tenders, TenderDocuments documents,
      AwardService awards, ReviewService reviews, DecisionRecord record, ChainStatus chain,
      RegisterProperties properties) {
    this.cases = cases;
    this.budget = budget;
    this.panels = panels;
    this.needs = needs;
    this.specifications = specifications;
    this.voting = voting;
    this.tenders = tenders;
    this.documents = documents;
    this.awards = awards;
    this.reviews = reviews;
    this.record = record;
    this.chain = chain;
    this.format = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss z", Locale.ENGLISH)
        .withZone(properties.timeZone());
    this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  }

  // --- what the templates get ------------------------------------------------------------------

  /** An instant: {@code iso} for the {@code datetime} attribute, {@code text} for people. */
  record Moment(String iso, String text) {
  }

  record ChainView(boolean intact, long entries, Long brokenSeq, String reason, Moment checkedAt) {
  }

  record DocumentLink(String title, String url, String sha256) {
  }

  record TenderRow(UUID id, String title, String caseRef, boolean caseKnown, String status, Moment published,
      Moment deadline, String ceiling, DocumentLink document, String ocid) {
  }

  record CaseRow(String ref, String title, String serviceArea, String status, Moment opened, String ocid) {
  }

  record ContractRow(TenderRow tender, String supplier, String value, String startDate, String endDate,
      Moment awardedAt) {
  }

  record HomePage(List<TenderRow> openTenders, List<ContractRow> awarded, List<CaseRow> cases, ChainView chain) {
  }

  record CaseInfo(String ref, String title, String serviceArea, String problem, String budgetLine,
      String budgetLineName, String envelope, String status, Moment opened, String officer, String ocid) {
  }

  record Seat(String label, String kind, String account, boolean chair, String status) {
  }

  record PanelInfo(String status, int drawNumber, String seed, List<Seat> seats) {
  }

  record Contribution(String member, String needs, String priorities, Moment submitted) {
  }

  record Assessment(int version, String text, String by, Moment at) {
  }

  record Criterion(String name, String type, int weight, String description) {
  }

  record SpecificationVersion(int version, String status, String outcomes, String serviceLevels, int durationMonths,
      String estimatedValue, String plainSummary, String by, Moment at, List<Criterion> criteria) {
  }

  record Ballot(String member, String vote, String comment, Moment cast) {
  }

  record VoteGroup(String anchor, String title, String tally, List<Ballot> ballots) {
  }

  record BudgetCheck(String by, String outcome, String reason, String estimatedValue, Moment at) {
  }

  record DocumentVersion(int version, int specVersion, String url, String sha256, Moment generated,
      boolean signedOff) {
  }

  record Bidder(String account, Moment receivedAt, String receiptSha256) {
  }

  record TenderSummary(TenderRow tender, boolean opened, Moment openedAt, List<Bidder> bidders) {
  }

  record TimelineEntry(long seq, Moment at, String actor, String role, String action, String rule, String outcome,
      String details, String digest, String prevHash, String hash, boolean afterBreak) {
  }

  record ReviewFinding(String outcome, String assessment, String evidence) {
  }

  record Review(int number, String by, Moment at, int rating, String summary, List<ReviewFinding> findings) {
  }

  record CasePage(CaseInfo info, PanelInfo panel, List<Contribution> contributions, List<Assessment> assessments,
      List<SpecificationVersion> specifications, List<VoteGroup> votes, List<BudgetCheck> budgetChecks,
      String committed, List<DocumentVersion> documents, List<TenderSummary> tenders, List<Review> reviews,
      List<TimelineEntry> timeline, ChainView chain) {
  }

  /** One bidder's place in the ranking: its weighted total out of 100, or not compliant. */
  record Ranked(Integer rank, String bidder, String total, boolean compliant) {
  }

  /** One criterion: its weight and the panel's mean score of each ranked bidder, in ranking order. */
  record CriterionMeans(String criterion, int weight, List<String> means) {
  }

  /**
   * The score summary, published once the award decision is approved: never before, when the
   * evaluators may still be scoring or moderating.
   */
  record ScoreSummary(int round, int scaleMax, String approvedBy, Moment approvedAt, List<Ranked> ranking,
      List<String> rankedBidders, List<CriterionMeans> criteria, ContractRow contract) {
  }

  /**
   * @param scoresWithdrawn why the approved scores are not shown although there is a decision: the
   *     ranking no longer follows from the stored scores (they were changed after ranking), or null
   */
  record TenderPage(TenderRow tender, String summary, List<Criterion> criteria, Integer documentVersion,
      TenderSummary bids, ScoreSummary scores, String scoresWithdrawn, ChainView chain) {
  }

  // --- pages -----------------------------------------------------------------------------------

  HomePage home() {
    List<CommissioningCase> all = cases.all();
    List<ContractRow> awarded = new ArrayList<>();
    for (CommissioningCase c : all) {
      for (TenderView t : tenders.ofCase(c.getRef())) {
        if (t.status() == TenderStatus.AWARDED) {
          awards.contract(t.id()).ifPresent(contract -> awarded.add(contractRow(t, contract)));
        }
      }
    }
    return new HomePage(tenders.openTenders().stream().map(this::row).toList(), awarded,
        all.stream().map(c -> new CaseRow(c.getRef(), c.getTitle(), c.getServiceArea(), label(c.getStatus().name()),
            moment(c.getOpenedAt()), tenders.ocidOf(c.getRef()))).toList(),
        chain());
  }

  CasePage casePage(String caseRef) {
    CommissioningCase c = cases.get(caseRef);
    List<RecordedDecision> decisions = record.ofCase(caseRef);
    Optional<PanelView> panel = panel(caseRef);
    Map<String, String> seats = seatLabels(panel);

    CaseInfo info = new CaseInfo(c.getRef(), c.getTitle(), c.getServiceArea(), c.getProblemStatement(),
        c.getBudgetLineCode(), lineName(c.getBudgetLineCode()), money(c.getEnvelopeAmount(), c.getCurrency()),
        label(c.getStatus().name()), moment(c.getOpenedAt()), c.getOfficerId(), tenders.ocidOf(caseRef));

    PanelInfo panelInfo = panel.map(p -> new PanelInfo(label(p.status()), p.drawNumber(), p.seed(),
        p.members().stream().map(m -> new Seat(seats.get(key(m)), m.kind() == MemberKind.CITIZEN ? "Citizen"
            : "Official", m.userId(), m.chair(), label(m.status()))).toList())).orElse(null);

    List<Contribution> contributions = needs.contributions(caseRef).stream()
        .map(n -> new Contribution(member(seats, n.getMemberId()), n.getNeeds(), n.getPriorities(),
            moment(n.getSubmittedAt()))).toList();
    List<Assessment> assessments = needs.assessments(caseRef).stream()
        .map(a -> new Assessment(a.getVersion(), a.getAssessment(), member(seats, a.getConsolidatedBy()),
            moment(a.getCreatedAt()))).toList();
    List<SpecificationVersion> specs = specifications.versions(caseRef).stream()
        .map(s -> specification(s, c.getCurrency(), seats)).toList();

    List<VoteGroup> votes = voteGroups(caseRef, decisions, seats);
    List<BudgetCheck> checks = decisions.stream().filter(d -> d.action().startsWith("budget.check-"))
        .map(d -> {
          JsonNode details = details(d);
          return new BudgetCheck(d.actor(), d.outcome(), details.path("reason").asText(""),
              details.has("estimatedValue") ? money(details.get("estimatedValue").decimalValue(), c.getCurrency())
                  : null, moment(d.recordedAt()));
        }).toList();
    String committed = budget.commitmentOf(caseRef).map(x -> money(x.getAmount(), c.getCurrency())).orElse(null);
    List<DocumentVersion> docs = documents.versions(caseRef).stream()
        .map(d -> new DocumentVersion(d.getVersion(), d.getSpecVersion(), documentUrl(d.getId()), d.getSha256(),
            moment(d.getGeneratedAt()), d.isSignedOff())).toList();
    List<TenderSummary> tenderSummaries = tenders.ofCase(caseRef).stream().map(t -> summary(t, decisions)).toList();
    List<Review> reviewed = reviews.reviews(caseRef).stream().map(r -> new Review(r.number(),
        member(seats, r.reviewedBy()), moment(r.reviewedAt()), r.rating(), r.summary(), r.findings().stream()
            .map(f -> new ReviewFinding(f.outcome(), label(f.assessment().name()), f.evidence())).toList()))
        .toList();

    ChainView chainView = chain();
    List<TimelineEntry> timeline = decisions.stream().map(d -> new TimelineEntry(d.seq(), moment(d.recordedAt()),
        actor(seats, d.actor()), d.role(), d.action(), d.rule(), d.outcome(), d.details(), d.dataDigest(),
        d.prevHash(), d.hash(), !chainView.intact() && d.seq() >= chainView.brokenSeq())).toList();
    return new CasePage(info, panelInfo, contributions, assessments, specs, votes, checks, committed, docs,
        tenderSummaries, reviewed, timeline, chainView);
  }

  TenderPage tenderPage(UUID tenderId) {
    TenderView t = tenders.get(tenderId);
    Integer version = t.documentId() == null ? null : documents.get(t.documentId()).getVersion();
    ScoreSummary scores = null;
    String withdrawn = null;
    try {
      scores = scores(t).orElse(null);
    } catch (RankingNoLongerVerifies e) {
      // The evaluation refuses a ranking its stored scores no longer produce: say so, publish nothing.
      withdrawn = e.getMessage();
    }
    return new TenderPage(row(t), t.summary(), criteria(t.criteria()), version,
        summary(t, record.ofCase(t.caseRef())), scores, withdrawn, chain());
  }

  // --- parts -----------------------------------------------------------------------------------

  private TenderRow row(TenderView t) {
    DocumentLink document = t.documentId() == null ? null
        : new DocumentLink("Tender documents (PDF)", documentUrl(t.documentId()), t.documentSha256());
    return new TenderRow(t.id(), t.title(), t.caseRef(), caseKnown(t.caseRef()), label(t.status().name()),
        moment(t.publishedAt()),
        moment(t.submissionDeadline()), money(t.budgetCeiling(), t.currency()), document, t.ocid());
  }

  /** Bidders come from the opening decision only; before it, there is nothing to show. */
  private TenderSummary summary(TenderView t, List<RecordedDecision> decisions) {
    Optional<RecordedDecision> opening = decisions.stream().filter(d -> d.action().equals("tender.bids-opened"))
        .filter(d -> t.id().toString().equals(details(d).path("tenderId").asText())).findFirst();
    if (opening.isEmpty()) {
      return new TenderSummary(row(t), false, null, List.of());
    }
    List<Bidder> bidders = new ArrayList<>();
    details(opening.get()).path("bids").forEach(b -> bidders.add(new Bidder(b.path("supplier").asText(),
        moment(Instant.parse(b.path("receivedAt").asText())), b.path("sha256").asText())));
    return new TenderSummary(row(t), true, moment(opening.get().recordedAt()), bidders);
  }

  private SpecificationVersion specification(Specification s, String currency, Map<String, String> seats) {
    return new SpecificationVersion(s.getVersion(), label(s.getStatus().name()), s.getOutcomes(), s.getServiceLevels(),
        s.getDurationMonths(), money(s.getEstimatedValue(), currency), s.getPlainSummary(),
        member(seats, s.getDraftedBy()), moment(s.getDraftedAt()),
        specifications.criteriaOf(s).stream().map(x -> new Criterion(x.getName(), label(x.getType().name()),
            x.getWeight(), x.getDescription())).toList());
  }

  private static List<Criterion> criteria(List<AwardCriterion> criteria) {
    return criteria.stream().map(x -> new Criterion(x.name(), label(x.type().name()), x.weight(), x.description()))
        .toList();
  }

  /** Each subject and version voted on, with its ballots and the tally as recorded. */
  private List<VoteGroup> voteGroups(String caseRef, List<RecordedDecision> decisions, Map<String, String> seats) {
    Map<String, List<Ballot>> ballots = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (PanelVote v : voting.votes(caseRef)) {
      String key = v.getSubject().name() + "-" + v.getSubjectVersion();
      // A recommendation is voted per evaluation round; the other subjects per version.
      titles.putIfAbsent(key, subject(v.getSubject()) + (v.getSubject() == VoteSubject.RECOMMENDATION ? ", round "
          : ", version ") + v.getSubjectVersion());
      ballots.computeIfAbsent(key, k -> new ArrayList<>()).add(new Ballot(member(seats, v.getMemberId()),
          v.isApprove() ? "Approve" : "Object", v.getComment(), moment(v.getCastAt())));
    }
    Map<String, String> tallies = new LinkedHashMap<>();
    for (RecordedDecision d : decisions) {
      if (d.action().startsWith("tally.")) {
        JsonNode details = details(d);
        tallies.put(details.path("subject").asText() + "-" + details.path("version").asInt(), d.outcome());
      }
    }
    List<VoteGroup> groups = new ArrayList<>();
    ballots.forEach((key, list) -> groups.add(new VoteGroup("votes-" + key.toLowerCase(Locale.ROOT).replace('_', '-'),
        titles.get(key), tallies.getOrDefault(key, "not counted yet"), list)));
    return groups;
  }

  /** The approved award decision's results, or nothing while none is approved (scores stay unpublished). */
  private Optional<ScoreSummary> scores(TenderView t) {
    if (t.status() != TenderStatus.OPENED && t.status() != TenderStatus.AWARDED) {
      return Optional.empty();
    }
    AwardDecision decision;
    try {
      decision = awards.decisionFor(t.id());
    } catch (BusinessRuleViolation e) {
      return Optional.empty(); // not approved (yet, or again after an upheld challenge)
    }
    List<AwardDecision.BidderResult> ranked = decision.bidders().stream().filter(b -> b.rank() != null).toList();
    List<Ranked> ranking = decision.bidders().stream()
        .map(b -> new Ranked(b.rank(), b.supplierId(), b.total() == null ? null : b.total().toPlainString(),
            b.compliant())).toList();
    List<CriterionMeans> means = new ArrayList<>();
    for (AwardCriterion criterion : t.criteria()) {
      List<String> scores = ranked.stream().map(b -> b.scores().stream()
          .filter(s -> s.criterion().equals(criterion.name())).findFirst()
          .map(s -> s.score().toPlainString()).orElse("")).toList();
      means.add(new CriterionMeans(criterion.name(), criterion.weight(), scores));
    }
    return Optional.of(new ScoreSummary(decision.round(), decision.scaleMax(), decision.approvedBy(),
        moment(decision.approvedAt()), ranking, ranked.stream().map(AwardDecision.BidderResult::supplierId).toList(),
        means, awards.contract(t.id()).map(c -> contractRow(t, c)).orElse(null)));
  }

  private ContractRow contractRow(TenderView t, ContractView c) {
    return new ContractRow(row(t), c.supplierId(), money(c.value(), c.currency()), day.format(c.startDate()),
        c.endDate() == null ? null : day.format(c.endDate()), moment(c.awardedAt()));
  }

  private boolean caseKnown(String caseRef) {
    try {
      cases.get(caseRef);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private Optional<PanelView> panel(String caseRef) {
    try {
      return Optional.of(panels.panel(caseRef));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** "Citizen 1", "Official 2" ... in seat order, replacements numbered after the seats they took. */
  private static Map<String, String> seatLabels(Optional<PanelView> panel) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (panel.isEmpty()) {
      return labels;
    }
    int citizens = 0;
    int officials = 0;
    for (PanelMemberView m : panel.get().members()) {
      String label = m.kind() == MemberKind.CITIZEN ? "Citizen " + ++citizens : "Official " + ++officials;
      labels.put(key(m), label);
      if (m.userId() != null) {
        labels.put(m.userId(), label);
      }
    }
    return labels;
  }

  private static String key(PanelMemberView m) {
    return "seat-" + m.memberId();
  }

  private static String member(Map<String, String> seats, String userId) {
    String seat = seats.get(userId);
    return seat == null ? userId : seat + " (" + userId + ")";
  }

  private static String actor(Map<String, String> seats, String userId) {
    return member(seats, userId);
  }

  private String lineName(String code) {
    try {
      var line = budget.line(code);
      return line.getName() + ", fiscal year " + line.getFiscalYear();
    } catch (NotFoundException e) {
      return null;
    }
  }

  private ChainView chain() {
    ChainStatus.Checked checked = chain.current();
    ChainVerification v = checked.result();
    return new ChainView(v.intact(), v.entries(), v.firstBrokenSeq(), v.reason(), moment(checked.at()));
  }

  static String documentUrl(UUID documentId) {
    return "/api/public/tender-documents/" + documentId;
  }

  private Moment moment(Instant instant) {
    return instant == null ? null : new Moment(instant.toString(), format.format(instant));
  }

  private static String money(BigDecimal amount, String currency) {
    if (amount == null) {
      return null;
    }
    NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
    number.setMinimumFractionDigits(2);
    number.setMaximumFractionDigits(2);
    return number.format(amount) + " " + currency;
  }

  private static String subject(VoteSubject subject) {
    return switch (subject) {
      case SPECIFICATION -> "Specification";
      case TENDER_DOCUMENTS -> "Sign-off of the tender documents";
      case RECOMMENDATION -> "Award recommendation";
    };
  }

  /** {@code SOCIAL_VALUE} reads "Social value". */
  static String label(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static JsonNode details(RecordedDecision d) {
    try {
      return DETAILS.readTree(d.details());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Decision #" + d.seq() + " has details that are not JSON", e);
    }
  }
}
