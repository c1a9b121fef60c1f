package org.coproduce.award.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.award.AwardDecision;
import org.coproduce.award.AwardDecision.BidderResult;
import org.coproduce.award.AwardDecision.CriterionScore;
import org.coproduce.award.AwardService;
import org.coproduce.award.ChallengeLodged;
import org.coproduce.award.ChallengeStatus;
import org.coproduce.award.ChallengeView;
import org.coproduce.award.ContractAwarded;
import org.coproduce.award.ContractView;
import org.coproduce.budget.BudgetCommitment;
import org.coproduce.budget.BudgetService;
import org.coproduce.codesign.PanelVoting;
import org.coproduce.codesign.Specification;
import org.coproduce.codesign.SpecificationService;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.codesign.VoteTally;
import org.coproduce.commissioning.CaseService;
import org.coproduce.commissioning.CaseStatus;
import org.coproduce.commissioning.CommissioningCase;
import org.coproduce.evaluation.ComplianceView;
import org.coproduce.evaluation.CriterionResult;
import org.coproduce.evaluation.EvaluatedBid;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.evaluation.ModerationView;
import org.coproduce.evaluation.RankedBid;
import org.coproduce.evaluation.Ranking;
import org.coproduce.evaluation.ScoreView;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderStatus;
import org.coproduce.tender.TenderView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultAwardService implements AwardService {

  private static final Logger log = LoggerFactory.getLogger(DefaultAwardService.class);
  private static final String RULE_BUDGET_ABOVE = "budget.above-commitment";
  private static final int MAX_GROUNDS = 10_000;
  private static final int MAX_REASON = 4000;
  private static final int MAX_SUMMARY = 1000;

  private final Recommendations recommendations;
  private final Approvals approvals;
  private final Standstills standstills;
  private final Challenges challenges;
  private final Contracts contracts;
  private final EvaluationService evaluation;
  private final TenderService tenders;
  private final CaseService cases;
  private final BudgetService budget;
  private final SpecificationService specifications;
  private final PanelVoting voting;
  private final DecisionRecord record;
  private final ApplicationEventPublisher events;
  private final AwardProperties properties;
  private final Clock clock;

  DefaultAwardService(Recommendations recommendations, Approvals approvals, Standstills standstills,
      Challenges challenges, Contracts contracts, EvaluationService evaluation, TenderService tenders,
      CaseService cases, BudgetService budget, SpecificationService specifications, PanelVoting voting,
      DecisionRecord record, ApplicationEventPublisher events, AwardProperties properties, Clock clock) {
    this.recommendations = recommendations;
    this.approvals = approvals;
    this.standstills = standstills;
    this.challenges = challenges;
    this.contracts = contracts;
    this.evaluation = evaluation;
    this.tenders = tenders;
    this.cases = cases;
    this.budget = budget;
    this.specifications = specifications;
    this.voting = voting;
    this.record = record;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ recommendation and approval

  @Override
  public BigDecimal contractValue(UUID tenderId) {
    tenders.get(tenderId);
    return evaluation.ranking(tenderId).recommendedPrice();
  }

  @Override
  public VoteTally concludeRecommendationVote(UUID tenderId) {
    TenderView tender = openTender(tenderId);
    Ranking ranking = evaluation.ranking(tenderId);
    int round = ranking.round();
    if (recommendations.findByTenderIdAndRound(tenderId, round).isPresent()) {
      throw new BusinessRuleViolation("award.recommendation-concluded",
          "The panel's vote on the recommendation of round " + round + " has already been counted.");
    }
    VoteTally tally = voting.tally(tender.caseRef(), VoteSubject.RECOMMENDATION, round);
    RankedBid top = ranking.recommended();
    recommendations.save(new Recommendation(tenderId, round, top.bidId(), top.supplierId(), top.price(),
        tally.passed(), tally.summary(), now()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("round", round);
    details.put("bidId", top.bidId().toString());
    details.put("supplier", top.supplierId());
    details.put("price", top.price().toPlainString());
    details.put("total", top.total().toPlainString());
    details.put("rankingDigest", ranking.digest());
    details.put("tally", tally.summary());
    record.append(new Decision(tender.caseRef(), "system", "panel", "award.recommendation", PanelVoting.RULE,
        (tally.passed() ? "recommended " : "not recommended ") + top.supplierId() + " (" + tally.summary() + ")",
        details));
    log.info("Tender {}: the panel {} {} in round {} ({})", tenderId,
        tally.passed() ? "recommends" : "does not recommend", top.supplierId(), round, tally.summary());
    return tally;
  }

  @Override
  public boolean approve(UUID tenderId, String approverId, boolean approved, String reason) {
    TenderView tender = openTender(tenderId);
    requireActor(approverId);
    cases.requireNotCaseOfficer(tender.caseRef(), approverId, "approve its award");
    String text = reason == null ? "" : reason.trim();
    if (!approved && text.isEmpty()) {
      throw new BusinessRuleViolation("award.reason-required", "Give the reason for refusing the award.");
    }
    requireLength(text, MAX_REASON, "award.reason-required");
    Ranking ranking = evaluation.ranking(tenderId);
    int round = ranking.round();
    if (recommendations.findByTenderIdAndRound(tenderId, round).filter(Recommendation::passed).isEmpty()) {
      throw new BusinessRuleViolation("award.no-recommendation", "The panel has not recommended the bid of round "
          + round + " by double majority; there is nothing to approve.");
    }
    if (approvals.findByTenderIdAndRound(tenderId, round).isPresent()) {
      throw new BusinessRuleViolation("award.already-decided",
          "The award of round " + round + " of tender " + tender.ocid() + " has already been decided.");
    }
    RankedBid top = ranking.recommended();
    BudgetCommitment commitment = null;
    if (approved) {
      commitment = requireWithinBudget(tender, top.price());
    }
    approvals.save(new Approval(tenderId, round, approverId, approved, text.isEmpty() ? null : text, top.price(),
        now()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("round", round);
    details.put("bidId", top.bidId().toString());
    details.put("supplier", top.supplierId());
    details.put("contractValue", top.price().toPlainString());
    details.put("currency", tender.currency());
    details.put("budgetCommitment", commitment == null ? null : commitment.getAmount().toPlainString());
    details.put("reason", text);
    record.append(new Decision(tender.caseRef(), approverId, "approver", approved ? "award.approved" : "award.refused",
        "award-authority", (approved ? "approved: " : "refused: ") + top.supplierId() + " for "
            + top.price().toPlainString() + " " + tender.currency(), details));
    log.info("Tender {}: award to {} for {} {} {} by {} (round {})", tenderId, top.supplierId(),
        top.price().toPlainString(), tender.currency(), approved ? "approved" : "refused", approverId, round);
    return approved;
  }

  // ------------------------------------------------------------------ standstill and challenges

  @Override
  public Instant startStandstill(UUID tenderId) {
    TenderView tender = openTender(tenderId);
    int round = evaluation.evaluationRound(tenderId);
    requireApproved(tenderId, round);
    Optional<Standstill> existing = standstills.findByTenderIdAndRound(tenderId, round);
    if (existing.isPresent()) {
      return existing.get().endsAt();
    }
    Instant start = now();
    Instant end = start.plus(properties.standstill());
    standstills.save(new Standstill(tenderId, round, start, end, iso(properties.standstill())));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("round", round);
    details.put("startedAt", start.toString());
    details.put("endsAt", end.toString());
    details.put("period", iso(properties.standstill()));
    record.append(new Decision(tender.caseRef(), "system", "process", "award.standstill-started", "standstill",
        "no contract before " + end, details));
    log.info("Tender {}: standstill of round {} runs until {}", tenderId, round, end);
    return end;
  }

  @Override
  public Instant standstillEnd(UUID tenderId) {
    tenders.get(tenderId);
    int round = evaluation.evaluationRound(tenderId);
    return standstills.findByTenderIdAndRound(tenderId, round).map(Standstill::endsAt)
        .orElseThrow(() -> notStarted(tenderId, round));
  }

  @Override
  public ChallengeView lodgeChallenge(UUID tenderId, String supplierId, String grounds) {
    TenderView tender = tenders.get(tenderId);
    requireActor(supplierId);
    if (tender.status() != TenderStatus.OPENED) {
      throw outsideStandstill("Tender " + tender.ocid() + " is " + tender.status() + "; there is no award decision "
          + "in its standstill to challenge.");
    }
    if (!evaluation.isBidder(tenderId, supplierId)) {
      throw new BusinessRuleViolation("award.not-a-bidder",
          supplierId + " did not bid for tender " + tender.ocid() + "; only its bidders may challenge its award.");
    }
    String text = grounds == null ? "" : grounds.trim();
    if (text.isEmpty()) {
      throw new BusinessRuleViolation("award.grounds-required", "State the grounds of your challenge.");
    }
    requireLength(text, MAX_GROUNDS, "award.grounds-required");
    int round = evaluation.evaluationRound(tenderId);
    Standstill standstill = standstills.lock(tenderId, round).orElseThrow(() -> outsideStandstill(
        "The award decision on tender " + tender.ocid() + " has not been notified yet: its standstill has not started."));
    Instant now = now(); // read after the lock: an award waiting on it sees this challenge, or it sees the award
    if (!standstill.runsAt(now)) {
      throw outsideStandstill("The standstill of tender " + tender.ocid() + " ended at " + standstill.endsAt()
          + "; a challenge must be received before its end.");
    }
    if (challenges.existsByTenderIdAndRoundAndStatus(tenderId, round, ChallengeStatus.UPHELD)) {
      throw outsideStandstill("The award decision on tender " + tender.ocid() + " was withdrawn after an upheld "
          + "challenge; the bidders will be notified of a new decision.");
    }
    Challenge challenge = challenges.save(new Challenge(UUID.randomUUID(), tenderId, round, supplierId, text, now));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("round", round);
    details.put("challengeId", challenge.id().toString());
    details.put("supplier", supplierId);
    // The grounds may be commercially confidential: the public record holds their digest.
    details.put("groundsSha256", sha256(text));
    details.put("standstillEnd", standstill.endsAt().toString());
    record.append(new Decision(tender.caseRef(), supplierId, "supplier", "award.challenge-lodged", "standstill",
        "challenge by " + supplierId + ": award suspended", details));
    events.publishEvent(new ChallengeLodged(tenderId, challenge.id()));
    log.info("Tender {}: challenge {} lodged by {} in round {}; the award is suspended until it is decided",
        tenderId, challenge.id(), supplierId, round);
    return challenge.view();
  }

  @Override
  public void decideChallenge(UUID tenderId, String reviewerId, boolean upheld, String reason) {
    TenderView tender = tenders.get(tenderId);
    requireActor(reviewerId);
    cases.requireNotCaseOfficer(tender.caseRef(), reviewerId, "review challenges to its award");
    String text = reason == null ? "" : reason.trim();
    if (text.isEmpty()) {
      throw new BusinessRuleViolation("award.reason-required", "Give the reason for your decision on the challenge.");
    }
    requireLength(text, MAX_REASON, "award.reason-required");
    int round = evaluation.evaluationRound(tenderId);
    standstills.lock(tenderId, round);
    List<Challenge> open = challenges.findByTenderIdAndStatusOrderByLodgedAt(tenderId, ChallengeStatus.OPEN);
    if (open.isEmpty()) {
      throw new BusinessRuleViolation("award.no-open-challenge",
          "Tender " + tender.ocid() + " has no challenge awaiting a decision.");
    }
    Instant now = now();
    open.forEach(c -> c.decide(upheld, reviewerId, text, now));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("round", round);
    details.put("challengeIds", open.stream().map(c -> c.id().toString()).toList());
    details.put("suppliers", open.stream().map(Challenge::supplierId).distinct().toList());
    details.put("reason", text);
    record.append(new Decision(tender.caseRef(), reviewerId, "reviewer",
        upheld ? "award.challenge-upheld" : "award.challenge-dismissed", "standstill",
        (upheld ? "upheld: back to evaluation" : "dismissed: the standstill goes on") + " (" + open.size()
            + " challenge" + (open.size() == 1 ? ")" : "s)"), details));
    log.info("Tender {}: {} challenge(s) {} by {}", tenderId, open.size(), upheld ? "upheld" : "dismissed",
        reviewerId);
  }

  @Override
  public boolean openChallenge(UUID tenderId) {
    tenders.get(tenderId);
    return challenges.existsByTenderIdAndStatus(tenderId, ChallengeStatus.OPEN);
  }

  @Override
  public List<ChallengeView> challenges(UUID tenderId) {
    tenders.get(tenderId);
    return challenges.findByTenderIdOrderByLodgedAt(tenderId).stream().map(Challenge::view).toList();
  }

  @Override
  public List<ChallengeView> challengesOf(UUID tenderId, String supplierId) {
    tenders.get(tenderId);
    return challenges.findByTenderIdAndSupplierIdOrderByLodgedAt(tenderId, supplierId).stream()
        .map(Challenge::view).toList();
  }

  // ------------------------------------------------------------------ contract

  @Override
  public ContractView awardContract(UUID tenderId, String actor) {
    TenderView tender = tenders.get(tenderId);
    requireActor(actor);
    if (contracts.findByTenderId(tenderId).isPresent()) {
      throw new BusinessRuleViolation("award.already-awarded", "The contract of tender " + tender.ocid()
          + " has already been awarded.");
    }
    if (tender.status() != TenderStatus.OPENED) {
      throw new BusinessRuleViolation("award.closed",
          "Tender " + tender.ocid() + " is " + tender.status() + "; no contract can be awarded.");
    }
    Ranking ranking = evaluation.ranking(tenderId);
    int round = ranking.round();
    Approval approval = requireApproved(tenderId, round);
    Standstill standstill = standstills.lock(tenderId, round).orElseThrow(() -> notStarted(tenderId, round));
    Instant now = now(); // read after the lock, as challenges do
    if (now.isBefore(standstill.endsAt())) {
      throw new BusinessRuleViolation("award.standstill", "No contract before the standstill of tender "
          + tender.ocid() + " ends at " + standstill.endsAt() + " (rule 5).");
    }
    if (challenges.existsByTenderIdAndStatus(tenderId, ChallengeStatus.OPEN)) {
      throw new BusinessRuleViolation("award.challenge-open", "A challenge to the award of tender " + tender.ocid()
          + " awaits its decision; the award is suspended until then (rule 5).");
    }
    if (challenges.existsByTenderIdAndRoundAndStatus(tenderId, round, ChallengeStatus.UPHELD)) {
      throw new BusinessRuleViolation("award.challenge-upheld", "A challenge to the award decision of round " + round
          + " was upheld; the tender goes back to evaluation.");
    }
    RankedBid top = ranking.recommended();
    requireWithinBudget(tender, top.price());
    CommissioningCase c = cases.get(tender.caseRef());
    LocalDate awardDay = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate start = c.getTargetServiceStart() != null && !c.getTargetServiceStart().isBefore(awardDay)
        ? c.getTargetServiceStart() : awardDay;
    LocalDate end = specifications.latest(tender.caseRef()).map(Specification::getDurationMonths)
        .filter(months -> months > 0).map(months -> start.plusMonths(months).minusDays(1)).orElse(null);
    Contract contract = contracts.save(new Contract(UUID.randomUUID(), tenderId, tender.caseRef(), tender.ocid(), round,
        top.bidId(), top.supplierId(), top.price(), tender.currency(), start, end, now, actor));
    tenders.markAwarded(tenderId, actor);
    cases.moveTo(tender.caseRef(), CaseStatus.AWARDED, actor, "contract awarded to " + top.supplierId());
    ContractView view = contract.view();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("ocid", tender.ocid());
    details.put("round", round);
    details.put("contractId", view.id().toString());
    details.put("bidId", top.bidId().toString());
    details.put("supplier", top.supplierId());
    details.put("value", top.price().toPlainString());
    details.put("currency", tender.currency());
    details.put("startDate", start.toString());
    details.put("endDate", end == null ? null : end.toString());
    details.put("standstillEnd", standstill.endsAt().toString());
    details.put("approvedBy", approval.approverId());
    details.put("rankingDigest", ranking.digest());
    record.append(new Decision(tender.caseRef(), actor, "system".equals(actor) ? "process" : "approver",
        "award.contract-awarded", "standstill, budget-control", "awarded to " + top.supplierId() + " for "
            + top.price().toPlainString() + " " + tender.currency(), details));
    events.publishEvent(new ContractAwarded(tenderId, tender.caseRef(), view.id()));
    log.info("Tender {} ({}): contract {} awarded to {} for {} {}, {} to {}", tenderId, tender.ocid(), view.id(),
        top.supplierId(), top.price().toPlainString(), tender.currency(), start, end == null ? "open-ended" : end);
    return view;
  }

  @Override
  public Optional<ContractView> contract(UUID tenderId) {
    return contracts.findByTenderId(tenderId).map(Contract::view);
  }

  @Override
  public Instant contractEnd(String caseRef) {
    ContractView contract = contracts.findFirstByCaseRefOrderByAwardedAtDesc(caseRef).map(Contract::view)
        .orElseThrow(() -> new BusinessRuleViolation("award.no-contract", "Case " + caseRef
            + " has no awarded contract."));
    if (contract.endDate() == null) {
      throw new BusinessRuleViolation("award.contract-open-ended",
          "The contract of case " + caseRef + " has no end date: its case has no specification with a duration.");
    }
    return contract.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  // ------------------------------------------------------------------ the decision notices

  @Override
  public AwardDecision decisionFor(UUID tenderId) {
    TenderView tender = tenders.get(tenderId);
    Ranking ranking = evaluation.ranking(tenderId);
    int round = ranking.round();
    Approval approval = requireApproved(tenderId, round);
    Optional<Standstill> standstill = standstills.findByTenderIdAndRound(tenderId, round);
    Instant standstillEnd = standstill.map(Standstill::endsAt).orElseGet(() -> now().plus(properties.standstill()));

    List<ScoreView> scores = evaluation.scores(tenderId);
    List<ModerationView> moderations = evaluation.moderations(tenderId).stream().filter(m -> m.round() <= round)
        .toList();
    Map<UUID, ComplianceView> compliance = evaluation.compliance(tenderId).stream()
        .collect(Collectors.toMap(ComplianceView::bidId, Function.identity()));
    RankedBid top = ranking.recommended();
    BigDecimal lowest = ranking.bids().stream().map(RankedBid::price).min(BigDecimal::compareTo).orElseThrow();

    List<BidderResult> bidders = new ArrayList<>();
    for (RankedBid bid : ranking.bids()) {
      List<CriterionScore> criteria = new ArrayList<>();
      for (CriterionResult c : bid.criteria()) {
        criteria.add(c.type() == CriterionType.PRICE
            ? new CriterionScore(c.criterion(), c.type(), c.weight(), c.points()
                .multiply(BigDecimal.valueOf(ranking.scaleMax())).divide(BigDecimal.valueOf(c.weight()), 2,
                    RoundingMode.HALF_UP), c.points(), "Lowest compliant price " + lowest.toPlainString()
                + " / this price " + bid.price().toPlainString() + " x weight " + c.weight() + " = " + c.points())
            : new CriterionScore(c.criterion(), c.type(), c.weight(), c.meanScore(), c.points(),
                justifications(bid.bidId(), c.criterion(), scores, moderations)));
      }
      bidders.add(new BidderResult(bid.bidId(), bid.supplierId(), bid.supplierId(), bid.price(), true, criteria,
          bid.pricePoints(), bid.total(), bid.rank(), reasons(bid, top, ranking, moderations)));
    }
    for (EvaluatedBid bid : evaluation.bids(tenderId)) {
      if (ranking.bid(bid.bidId()).isEmpty()) {
        ComplianceView decided = compliance.get(bid.bidId());
        bidders.add(new BidderResult(bid.bidId(), bid.supplierId(), bid.supplierId(), bid.price(), false, List.of(),
            null, null, null, decided == null ? "Your bid was not evaluated."
                : "Your bid was not compliant, so it was not scored: " + decided.reason()));
      }
    }
    return new AwardDecision(tender.caseRef(), tenderId, tender.title(), tender.ocid(), round, tender.currency(),
        ranking.scaleMax(), standstillEnd, standstill.isPresent(), approval.approverId(), approval.decidedAt(),
        bidders.get(0), bidders);
  }

  /** The evaluators' justifications (unnamed) and the chair's moderation reasons for one criterion of one bid. */
  private static String justifications(UUID bidId, String criterion, List<ScoreView> scores,
      List<ModerationView> moderations) {
    List<String> parts = new ArrayList<>();
    scores.stream().filter(s -> s.bidId().equals(bidId) && s.criterion().equals(criterion))
        .forEach(s -> parts.add(s.justification()));
    moderations.stream().filter(m -> m.bidId().equals(bidId) && m.criterion().equals(criterion))
        .forEach(m -> parts.add("Moderated from " + m.fromScore() + " to " + m.toScore() + ": " + m.reason()));
    String text = String.join(" / ", parts);
    return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
  }

  private static String reasons(RankedBid bid, RankedBid top, Ranking ranking, List<ModerationView> moderations) {
    int n = ranking.bids().size();
    StringBuilder text = new StringBuilder();
    if (bid.rank() == 1) {
      text.append("Your bid ranked first of ").append(n).append(n == 1 ? " compliant bid" : " compliant bids")
          .append(" with ").append(bid.total().toPlainString())
          .append(" points out of 100: the highest weighted total of price, quality and social value.");
    } else {
      text.append("Your bid ranked ").append(bid.rank()).append(" of ").append(n).append(" compliant bids with ")
          .append(bid.total().toPlainString()).append(" points out of 100; the recommended bid scored ")
          .append(top.total().toPlainString()).append(". Points per criterion, yours against the recommended bid's: ");
      List<String> comparisons = new ArrayList<>();
      for (int i = 0; i < bid.criteria().size(); i++) {
        CriterionResult own = bid.criteria().get(i);
        CriterionResult best = top.criteria().get(i);
        comparisons.add(own.criterion() + " " + own.points().toPlainString() + " against "
            + best.points().toPlainString());
      }
      text.append(String.join("; ", comparisons)).append('.');
    }
    long moderated = moderations.stream().filter(m -> m.bidId().equals(bid.bidId())).count();
    if (moderated > 0) {
      text.append(" The panel's chair moderated ").append(moderated).append(moderated == 1 ? " score" : " scores")
          .append(" of your bid; the reasons are given with each criterion.");
    }
    return text.toString();
  }

  // ------------------------------------------------------------------ helpers

  private Approval requireApproved(UUID tenderId, int round) {
    return approvals.findByTenderIdAndRound(tenderId, round).filter(Approval::approved)
        .orElseThrow(() -> new BusinessRuleViolation("award.not-approved",
            "The award of round " + round + " of tender " + tenderId + " has not been approved."));
  }

  /** Rule 6: no award above the budget the case committed on its line. */
  private BudgetCommitment requireWithinBudget(TenderView tender, BigDecimal value) {
    BudgetCommitment commitment = budget.commitmentOf(tender.caseRef()).orElseThrow(() -> new BusinessRuleViolation(
        "budget.no-commitment", "Case " + tender.caseRef() + " has no approved budget commitment; no award without one."));
    if (value.compareTo(commitment.getAmount()) > 0) {
      throw new BusinessRuleViolation(RULE_BUDGET_ABOVE, "The contract value " + value.toPlainString() + " "
          + tender.currency() + " is above the " + commitment.getAmount().toPlainString() + " committed for case "
          + tender.caseRef() + " on budget line " + commitment.getLineCode() + "; no award above the budget (rule 6).");
    }
    return commitment;
  }

  private TenderView openTender(UUID tenderId) {
    TenderView tender = tenders.get(tenderId);
    if (tender.status() != TenderStatus.OPENED) {
      throw new BusinessRuleViolation("award.closed",
          "Tender " + tender.ocid() + " is " + tender.status() + "; there is no award to decide.");
    }
    return tender;
  }

  private static BusinessRuleViolation notStarted(UUID tenderId, int round) {
    return new BusinessRuleViolation("award.standstill-not-started",
        "The standstill of round " + round + " of tender " + tenderId + " has not started.");
  }

  private static BusinessRuleViolation outsideStandstill(String message) {
    return new BusinessRuleViolation("award.challenge-outside-standstill", message);
  }

  private static void requireActor(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("Who acts must be known");
    }
  }

  private static void requireLength(String text, int max, String rule) {
    if (text.length() > max) {
      throw new BusinessRuleViolation(rule, "At most " + max + " characters, please.");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** A duration as people write it: P10D rather than PT240H. */
  static String iso(java.time.Duration duration) {
    return duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0 ? "P" + duration.toDays() + "D"
        : duration.toString();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
