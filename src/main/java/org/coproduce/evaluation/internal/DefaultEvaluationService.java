package org.coproduce.evaluation.internal;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.bidding.BidOpening;
import org.coproduce.bidding.OpenedBid;
import org.coproduce.bidding.OpenedBids;
import org.coproduce.evaluation.ComplianceView;
import org.coproduce.evaluation.CriterionScore;
import org.coproduce.evaluation.EvaluatedBid;
import org.coproduce.evaluation.EvaluationService;
import org.coproduce.evaluation.ModerationView;
import org.coproduce.evaluation.Outlier;
import org.coproduce.evaluation.RankedBid;
import org.coproduce.evaluation.Ranking;
import org.coproduce.evaluation.RankingNoLongerVerifies;
import org.coproduce.evaluation.ScoreView;
import org.coproduce.evaluation.ScoredCriterion;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelService;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.NotFoundException;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;
import org.coproduce.tender.TenderService;
import org.coproduce.tender.TenderStatus;
import org.coproduce.tender.TenderView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every method runs in one transaction (its own or the caller's). Reads may start the evaluation
 * (see {@link #started}), so none is read-only. Scoring, moderation, flagging and ranking lock the
 * tender's evaluation row, so their ids are in the order they happened: a ranking names the last
 * score and moderation it included, and is recomputed from exactly those.
 */
@Service
@Transactional
class DefaultEvaluationService implements EvaluationService {

  private static final Logger log = LoggerFactory.getLogger(DefaultEvaluationService.class);
  private static final int MAX_TEXT = 4000;
  /** The panel module keeps declarations' details up to this length. */
  private static final int MAX_DECLARATION = 2000;

  private final Evaluations evaluations;
  private final EvaluationBids bids;
  private final ComplianceDecisions compliance;
  private final Scores scores;
  private final Moderations moderations;
  private final OutlierFlags outlierFlags;
  private final StoredRankings rankings;
  private final TenderService tenders;
  private final BidOpening opening;
  private final PanelService panels;
  private final DecisionRecord record;
  private final EvaluationProperties properties;
  private final Clock clock;

  DefaultEvaluationService(Evaluations evaluations, EvaluationBids bids, ComplianceDecisions compliance,
      Scores scores, Moderations moderations, OutlierFlags outlierFlags, StoredRankings rankings,
      TenderService tenders, BidOpening opening, PanelService panels, DecisionRecord record,
      EvaluationProperties properties, Clock clock) {
    this.evaluations = evaluations;
    this.bids = bids;
    this.compliance = compliance;
    this.scores = scores;
    this.moderations = moderations;
    this.outlierFlags = outlierFlags;
    this.rankings = rankings;
    this.tenders = tenders;
    this.opening = opening;
    this.panels = panels;
    this.record = record;
    this.properties = properties;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ bids and compliance

  @Override
  public void recordCompliance(UUID tenderId, UUID bidId, String officerId, boolean compliant, String reason) {
    TenderView tender = openTender(tenderId);
    started(tender);
    EvaluationBid bid = bidOf(tenderId, bidId);
    requireActor(officerId);
    String text = text(reason, "evaluation.reason-required",
        "Give the reason why bid " + bidId + " is " + (compliant ? "" : "not ") + "compliant.");
    if (compliance.existsById(bidId)) {
      throw new BusinessRuleViolation("evaluation.compliance-decided",
          "The compliance of bid " + bidId + " of " + bid.supplierId() + " has already been decided.");
    }
    compliance.save(new ComplianceDecision(bidId, tenderId, compliant, text, officerId, now()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("bidId", bidId.toString());
    details.put("supplier", bid.supplierId());
    details.put("compliant", compliant);
    details.put("reason", text);
    record.append(new Decision(tender.caseRef(), officerId, "commissioning-officer", "evaluation.compliance",
        "evaluation.compliance", (compliant ? "compliant: " : "not compliant: ") + bid.supplierId(), details));
    log.info("Tender {}: bid {} of {} found {} by {}", tenderId, bidId, bid.supplierId(),
        compliant ? "compliant" : "not compliant", officerId);
  }

  @Override
  public List<UUID> openedBidIds(UUID tenderId) {
    return openedBids(tenderId).stream().map(EvaluationBid::bidId).toList();
  }

  @Override
  public List<UUID> compliantBidIds(UUID tenderId) {
    return compliantBids(tenderId).stream().map(EvaluationBid::bidId).toList();
  }

  @Override
  public boolean anyCompliant(UUID tenderId) {
    return !compliantBids(tenderId).isEmpty();
  }

  @Override
  public List<EvaluatedBid> bids(UUID tenderId) {
    return openedBids(tenderId).stream().map(EvaluationBid::view).toList();
  }

  @Override
  public List<ComplianceView> compliance(UUID tenderId) {
    Map<UUID, ComplianceDecision> decided = decisions(tenderId);
    List<ComplianceView> views = new ArrayList<>();
    for (EvaluationBid bid : openedBids(tenderId)) {
      ComplianceDecision d = decided.get(bid.bidId());
      if (d != null) {
        views.add(new ComplianceView(bid.bidId(), bid.supplierId(), d.compliant(), d.reason(), d.decidedBy(),
            d.decidedAt()));
      }
    }
    return views;
  }

  @Override
  public String bidderName(UUID bidId) {
    return bids.findById(bidId).map(EvaluationBid::supplierId)
        .orElseThrow(() -> new NotFoundException("There is no opened bid " + bidId + "."));
  }

  @Override
  public boolean isBidder(UUID tenderId, String supplierId) {
    return openedBids(tenderId).stream().anyMatch(b -> b.supplierId().equals(supplierId));
  }

  // ------------------------------------------------------------------ evaluators and conflicts

  @Override
  public List<String> evaluators(UUID tenderId) {
    return panels.activeMembers(tenders.get(tenderId).caseRef()).stream().map(ActiveMember::userId).toList();
  }

  @Override
  public void declareBidderConflict(UUID tenderId, String evaluatorId, UUID bidId, boolean conflict, String details) {
    TenderView tender = openTender(tenderId);
    started(tender);
    EvaluationBid bid = bidOf(tenderId, bidId);
    requireEvaluator(tender.caseRef(), evaluatorId);
    String text = details == null ? "" : details.trim();
    if (conflict && text.isEmpty()) {
      throw new BusinessRuleViolation("evaluation.conflict-details-required",
          "Say what your conflict of interest with " + bid.supplierId() + " is.");
    }
    if (text.length() > MAX_DECLARATION) {
      throw new BusinessRuleViolation("evaluation.conflict-details-required",
          "Describe the conflict in at most " + MAX_DECLARATION + " characters.");
    }
    if (conflict && scores.existsByBidIdAndEvaluatorId(bidId, evaluatorId)) {
      // Raw scores are never withdrawn silently: a conflict found after scoring goes to the officer,
      // who replaces the member; the ranking then needs every bid scored again by eligible members.
      throw new BusinessRuleViolation("evaluation.already-scored", evaluatorId + " has already scored the bid of "
          + bid.supplierId() + "; report the conflict to the commissioning officer.");
    }
    panels.declareConflict(tender.caseRef(), evaluatorId, bid.supplierId(), conflict, text.isEmpty() ? null : text);
    log.info("Tender {}: {} declared {} with bidder {}", tenderId, evaluatorId, conflict ? "a conflict" : "no conflict",
        bid.supplierId());
  }

  @Override
  public List<UUID> bidsToScore(UUID tenderId, String evaluatorId) {
    String caseRef = tenders.get(tenderId).caseRef();
    if (panels.activeMembers(caseRef).stream().noneMatch(m -> m.userId().equals(evaluatorId))) {
      return List.of();
    }
    return compliantBids(tenderId).stream()
        .filter(b -> !panels.hasDeclaredConflict(caseRef, evaluatorId, b.supplierId()))
        .map(EvaluationBid::bidId).toList();
  }

  // ------------------------------------------------------------------ scoring

  @Override
  public List<ScoredCriterion> scoredCriteria(UUID tenderId) {
    return scored(tenders.get(tenderId)).stream()
        .map(c -> new ScoredCriterion(c.name(), c.type(), c.weight())).toList();
  }

  @Override
  public int scaleMax() {
    return properties.scaleMax();
  }

  @Override
  public int scaleMax(UUID tenderId) {
    return started(tenders.get(tenderId)).scaleMax();
  }

  @Override
  public void scoreBid(UUID tenderId, UUID bidId, String evaluatorId, List<CriterionScore> given) {
    TenderView tender = openTender(tenderId);
    Evaluation evaluation = locked(tender);
    if (rankings.existsByTenderId(tenderId)) {
      throw new BusinessRuleViolation("evaluation.scoring-closed",
          "Scoring of tender " + tenderId + " is closed: the bids have been ranked.");
    }
    EvaluationBid bid = bidOf(tenderId, bidId);
    ActiveMember evaluator = requireEvaluator(tender.caseRef(), evaluatorId);
    ComplianceDecision decided = compliance.findById(bidId).orElse(null);
    if (decided == null || !decided.compliant()) {
      throw new BusinessRuleViolation("evaluation.not-compliant", "Only compliant bids are scored; the bid of "
          + bid.supplierId() + (decided == null ? " has not been checked yet." : " was found not compliant."));
    }
    if (panels.hasDeclaredConflict(tender.caseRef(), evaluatorId, bid.supplierId())) {
      throw new BusinessRuleViolation("evaluation.conflict", "Segregation of duties: " + evaluatorId
          + " declared a conflict of interest with " + bid.supplierId() + " and may not score its bid.");
    }
    if (!declaredAbout(tender.caseRef(), evaluatorId, bid.supplierId())) {
      throw new BusinessRuleViolation("evaluation.declaration-required", evaluatorId
          + " must declare whether they have a conflict of interest with " + bid.supplierId() + " before scoring.");
    }
    if (scores.existsByBidIdAndEvaluatorId(bidId, evaluatorId)) {
      throw new BusinessRuleViolation("evaluation.already-scored",
          evaluatorId + " has already scored the bid of " + bid.supplierId() + "; scores are never changed.");
    }
    List<Score> rows = validScores(tender, evaluation, bid, evaluatorId, given);
    scores.saveAll(rows);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("bidId", bidId.toString());
    details.put("supplier", bid.supplierId());
    details.put("criteria", rows.stream().map(Score::criterion).toList());
    // Scores stay sealed until everyone has scored, and the record is public: it holds their digest only.
    details.put("scoresSha256", scoresDigest(rows));
    record.append(new Decision(tender.caseRef(), evaluatorId, role(evaluator), "evaluation.scored",
        "evaluation.independent-scoring", "scored the bid of " + bid.supplierId(), details));
    log.info("Tender {}: {} scored bid {} of {} on {} criteria", tenderId, evaluatorId, bidId, bid.supplierId(),
        rows.size());
  }

  @Override
  public boolean scoringComplete(UUID tenderId) {
    TenderView tender = tenders.get(tenderId);
    started(tender);
    return complete(tender);
  }

  @Override
  public List<ScoreView> scores(UUID tenderId) {
    TenderView tender = tenders.get(tenderId);
    started(tender);
    requireUnsealed(tender);
    return views(tenderId, scores.findByTenderIdOrderById(tenderId));
  }

  @Override
  public List<ScoreView> ownScores(UUID tenderId, String evaluatorId) {
    started(tenders.get(tenderId));
    return views(tenderId, scores.findByTenderIdAndEvaluatorIdOrderById(tenderId, evaluatorId));
  }

  // ------------------------------------------------------------------ moderation

  @Override
  public List<Outlier> flagOutliers(UUID tenderId) {
    TenderView tender = openTender(tenderId);
    locked(tender);
    requireUnsealed(tender);
    int round = nextRound(tenderId);
    int allowed = properties.moderationSpread();
    Map<UUID, EvaluationBid> byId = byId(openedBids(tenderId));
    Map<ScoreSheet.Key, Integer> current = currentScores(tenderId, Long.MAX_VALUE, Long.MAX_VALUE);
    Instant now = now();
    List<Outlier> outliers = new ArrayList<>();
    for (EvaluationBid bid : compliantBids(tenderId)) {
      for (Numbered criterion : numbered(tender)) {
        Map<String, Integer> byEvaluator = new TreeMap<>();
        current.forEach((key, score) -> {
          if (key.bidId().equals(bid.bidId()) && key.criterion().equals(criterion.criterion().name())) {
            byEvaluator.put(key.evaluatorId(), score);
          }
        });
        if (byEvaluator.size() < 2) {
          continue;
        }
        int min = byEvaluator.values().stream().min(Integer::compare).orElseThrow();
        int max = byEvaluator.values().stream().max(Integer::compare).orElseThrow();
        if (max - min > allowed) {
          outliers.add(new Outlier(bid.bidId(), bid.supplierId(), criterion.criterion().name(), min, max, max - min,
              byEvaluator));
          outlierFlags.save(new OutlierFlag(tenderId, round, bid.bidId(), criterion.no(), criterion.criterion().name(),
              min, max, allowed, now));
        }
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("round", round);
    details.put("allowedSpread", allowed);
    details.put("outliers", outliers.stream().map(o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("bidId", o.bidId().toString());
      m.put("supplier", byId.get(o.bidId()).supplierId());
      m.put("criterion", o.criterion());
      m.put("min", o.minScore());
      m.put("max", o.maxScore());
      return m;
    }).toList());
    record.append(new Decision(tender.caseRef(), "system", "process", "evaluation.outliers-flagged",
        "evaluation.moderation", outliers.size() + " score spreads beyond " + allowed + " points", details));
    log.info("Tender {}: {} score spreads beyond {} points flagged for moderation (round {})", tenderId,
        outliers.size(), allowed, round);
    return outliers;
  }

  @Override
  public void moderate(UUID tenderId, UUID bidId, String evaluatorId, String criterion, int newScore, String reason,
      String chairId) {
    TenderView tender = openTender(tenderId);
    Evaluation evaluation = locked(tender);
    ActiveMember chair = panels.activeMembers(tender.caseRef()).stream()
        .filter(m -> m.userId().equals(chairId)).findFirst().orElse(null);
    if (chair == null || !chair.chair()) {
      throw new BusinessRuleViolation("evaluation.chair-only",
          "Only the chair of the panel of case " + tender.caseRef() + " moderates scores; " + chairId + " is not.");
    }
    requireUnsealed(tender);
    EvaluationBid bid = bidOf(tenderId, bidId);
    Numbered scoredCriterion = criterionNamed(tender, criterion);
    Score raw = scores.findByTenderIdAndEvaluatorIdOrderById(tenderId, evaluatorId).stream()
        .filter(s -> s.bidId().equals(bidId) && s.criterionNo() == scoredCriterion.no()).findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("evaluation.no-such-score", evaluatorId
            + " has no score of the bid of " + bid.supplierId() + " on '" + criterion + "' to moderate."));
    String text = text(reason, "evaluation.reason-required", "Give the reason for changing this score.");
    requireOnScale(newScore, evaluation.scaleMax());
    int from = currentScores(tenderId, Long.MAX_VALUE, Long.MAX_VALUE)
        .get(new ScoreSheet.Key(bidId, evaluatorId, scoredCriterion.criterion().name()));
    if (from == newScore) {
      throw new BusinessRuleViolation("evaluation.moderation-unchanged",
          "The score is already " + newScore + "; a moderation changes it.");
    }
    int round = nextRound(tenderId);
    moderations.save(new Moderation(tenderId, bidId, evaluatorId, scoredCriterion.no(),
        scoredCriterion.criterion().name(), from, newScore, text, chairId, now(), round));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("round", round);
    details.put("bidId", bidId.toString());
    details.put("supplier", bid.supplierId());
    details.put("evaluator", evaluatorId);
    details.put("criterion", scoredCriterion.criterion().name());
    details.put("rawScore", raw.score());
    details.put("from", from);
    details.put("to", newScore);
    details.put("reason", text);
    record.append(new Decision(tender.caseRef(), chairId, "panel-chair", "evaluation.moderated",
        "evaluation.moderation", evaluatorId + "'s score of " + bid.supplierId() + " on '"
            + scoredCriterion.criterion().name() + "': " + from + " -> " + newScore, details));
    log.info("Tender {}: chair {} moderated {}'s score of bid {} on '{}' from {} to {}", tenderId, chairId,
        evaluatorId, bidId, scoredCriterion.criterion().name(), from, newScore);
  }

  @Override
  public List<ModerationView> moderations(UUID tenderId) {
    Map<UUID, EvaluationBid> byId = byId(openedBids(tenderId));
    return moderations.findByTenderIdOrderById(tenderId).stream()
        .map(m -> new ModerationView(m.id(), m.bidId(), byId.get(m.bidId()).supplierId(), m.evaluatorId(),
            m.criterion(), m.fromScore(), m.toScore(), m.reason(), m.moderatedBy(), m.moderatedAt(), m.round()))
        .toList();
  }

  // ------------------------------------------------------------------ ranking

  @Override
  public Ranking rank(UUID tenderId) {
    TenderView tender = openTender(tenderId);
    Evaluation evaluation = locked(tender);
    requireUnsealed(tender);
    long scoreCutoff = scores.findByTenderIdOrderById(tenderId).stream().mapToLong(Score::id).max().orElse(0);
    long moderationCutoff = moderations.findByTenderIdOrderById(tenderId).stream().mapToLong(Moderation::id).max()
        .orElse(0);
    int round = nextRound(tenderId);
    Ranking ranking = compute(tender, evaluation, round, now(), scoreCutoff, moderationCutoff);
    RankedBid top = ranking.recommended();
    rankings.save(new StoredRanking(tenderId, round, ranking.computedAt(), "system", scoreCutoff, moderationCutoff,
        top.bidId(), top.price(), top.total(), ranking.digest()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tenderId", tenderId.toString());
    details.put("round", round);
    details.put("scaleMax", ranking.scaleMax());
    details.put("digest", ranking.digest());
    details.put("lastScoreId", scoreCutoff);
    details.put("lastModerationId", moderationCutoff);
    details.put("recommendedBidId", top.bidId().toString());
    details.put("bids", ranking.bids().stream().map(b -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("rank", b.rank());
      line.put("bidId", b.bidId().toString());
      line.put("supplier", b.supplierId());
      line.put("price", b.price().toPlainString());
      line.put("qualityPoints", b.qualityPoints().toPlainString());
      line.put("pricePoints", b.pricePoints().toPlainString());
      line.put("total", b.total().toPlainString());
      return line;
    }).toList());
    record.append(new Decision(tender.caseRef(), "system", "process", "evaluation.ranked",
        "evaluation.weighted-ranking", "round " + round + ": " + top.supplierId() + " first with " + top.total()
            + " points", details));
    log.info("Tender {}: ranked {} compliant bids in round {}; first {} with {} points (digest {})", tenderId,
        ranking.bids().size(), round, top.supplierId(), top.total(), ranking.digest());
    return ranking;
  }

  @Override
  public Ranking ranking(UUID tenderId) {
    TenderView tender = tenders.get(tenderId);
    StoredRanking stored = rankings.findFirstByTenderIdOrderByRoundDesc(tenderId)
        .orElseThrow(() -> notRanked(tenderId));
    return recompute(tender, stored);
  }

  @Override
  public Ranking ranking(UUID tenderId, int round) {
    TenderView tender = tenders.get(tenderId);
    StoredRanking stored = rankings.findByTenderIdAndRound(tenderId, round).orElseThrow(() -> new BusinessRuleViolation(
        "evaluation.not-ranked", "Tender " + tenderId + " has no ranking of round " + round + "."));
    return recompute(tender, stored);
  }

  @Override
  public int evaluationRound(UUID tenderId) {
    tenders.get(tenderId);
    return rankings.findFirstByTenderIdOrderByRoundDesc(tenderId).map(StoredRanking::round).orElse(1);
  }

  // ------------------------------------------------------------------ helpers

  /** A scored criterion with its 1-based position among all the tender's criteria. */
  private record Numbered(int no, AwardCriterion criterion) {
  }

  private Ranking recompute(TenderView tender, StoredRanking stored) {
    Evaluation evaluation = started(tender);
    Ranking ranking = compute(tender, evaluation, stored.round(), stored.computedAt(), stored.scoreCutoff(),
        stored.moderationCutoff());
    if (!ranking.digest().equals(stored.digest())) {
      log.error("Tender {}: the ranking of round {} recomputed from the stored scores has digest {}, not the "
          + "recorded {}: the raw data changed after ranking", tender.id(), stored.round(), ranking.digest(),
          stored.digest());
      throw new RankingNoLongerVerifies("The ranking of round " + stored.round() + " of tender " + tender.id()
          + " no longer follows from the stored scores: they were changed after ranking.");
    }
    return ranking;
  }

  private Ranking compute(TenderView tender, Evaluation evaluation, int round, Instant at, long scoreCutoff,
      long moderationCutoff) {
    Map<UUID, Map<String, List<Integer>>> byBid =
        ScoreSheet.byBidAndCriterion(currentScores(tender.id(), scoreCutoff, moderationCutoff));
    List<RankingCalculator.BidInput> compliant = compliantBids(tender.id()).stream()
        .map(b -> new RankingCalculator.BidInput(b.bidId(), b.supplierId(), b.price(), b.receivedAt())).toList();
    return RankingCalculator.compute(tender.id(), round, at, evaluation.scaleMax(), tender.criteria(), compliant,
        byBid);
  }

  /** Each score's current value from the stored raw scores and moderations (up to the cut-offs). */
  private Map<ScoreSheet.Key, Integer> currentScores(UUID tenderId, long scoreCutoff, long moderationCutoff) {
    List<ScoreSheet.Raw> raw = scores.findByTenderIdOrderById(tenderId).stream()
        .map(s -> new ScoreSheet.Raw(s.id(), new ScoreSheet.Key(s.bidId(), s.evaluatorId(), s.criterion()), s.score()))
        .toList();
    List<ScoreSheet.Change> changes = moderations.findByTenderIdOrderById(tenderId).stream()
        .map(m -> new ScoreSheet.Change(m.id(), new ScoreSheet.Key(m.bidId(), m.evaluatorId(), m.criterion()),
            m.toScore()))
        .toList();
    return ScoreSheet.current(raw, changes, scoreCutoff, moderationCutoff);
  }

  private List<ScoreView> views(UUID tenderId, List<Score> rows) {
    Map<UUID, EvaluationBid> byId = byId(openedBids(tenderId));
    Map<ScoreSheet.Key, Integer> current = currentScores(tenderId, Long.MAX_VALUE, Long.MAX_VALUE);
    return rows.stream().map(s -> new ScoreView(s.bidId(), byId.get(s.bidId()).supplierId(), s.evaluatorId(),
        s.criterion(), s.score(), current.get(new ScoreSheet.Key(s.bidId(), s.evaluatorId(), s.criterion())),
        s.justification(), s.scoredAt())).toList();
  }

  private List<Score> validScores(TenderView tender, Evaluation evaluation, EvaluationBid bid, String evaluatorId,
      List<CriterionScore> given) {
    List<Numbered> criteria = numbered(tender);
    List<String> expected = criteria.stream().map(n -> n.criterion().name()).toList();
    Map<String, CriterionScore> byName = new HashMap<>();
    boolean duplicate = false;
    for (CriterionScore s : given == null ? List.<CriterionScore>of() : given) {
      if (s == null || s.criterion() == null) {
        duplicate = true;
        continue;
      }
      duplicate |= byName.put(s.criterion().trim(), s) != null;
    }
    if (duplicate || !byName.keySet().equals(new HashSet<>(expected))) {
      throw new BusinessRuleViolation("evaluation.criteria-mismatch", "Give exactly one score for each of "
          + expected + "; got " + (given == null ? "none" : given.stream().map(s -> s == null ? null : s.criterion())
              .toList()) + ".");
    }
    Instant now = now();
    List<Score> rows = new ArrayList<>();
    for (Numbered criterion : criteria) {
      CriterionScore s = byName.get(criterion.criterion().name());
      requireOnScale(s.score(), evaluation.scaleMax());
      String justification = s.justification() == null ? "" : s.justification().trim();
      if (justification.length() < properties.minJustificationLength()) {
        throw new BusinessRuleViolation("evaluation.justification-required", "Justify the score on '"
            + criterion.criterion().name() + "' in writing, at least " + properties.minJustificationLength()
            + " characters.");
      }
      if (justification.length() > MAX_TEXT) {
        throw new BusinessRuleViolation("evaluation.justification-required", "The justification on '"
            + criterion.criterion().name() + "' has more than " + MAX_TEXT + " characters.");
      }
      rows.add(new Score(tender.id(), bid.bidId(), evaluatorId, criterion.no(), criterion.criterion().name(),
          s.score(), justification, now));
    }
    return rows;
  }

  private static String scoresDigest(List<Score> rows) {
    StringBuilder text = new StringBuilder();
    rows.forEach(r -> text.append(r.criterion()).append('|').append(r.score()).append('|').append(r.justification())
        .append('\n'));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Every compliance decision taken and every evaluator has scored every bid they may score. */
  private boolean complete(TenderView tender) {
    List<EvaluationBid> opened = openedBids(tender.id());
    Map<UUID, ComplianceDecision> decided = decisions(tender.id());
    if (opened.isEmpty() || opened.stream().anyMatch(b -> !decided.containsKey(b.bidId()))) {
      return false;
    }
    List<EvaluationBid> compliant = opened.stream().filter(b -> decided.get(b.bidId()).compliant()).toList();
    if (compliant.isEmpty()) {
      return false;
    }
    Set<String> scored = scores.findByTenderIdOrderById(tender.id()).stream()
        .map(s -> s.evaluatorId() + "|" + s.bidId()).collect(Collectors.toSet());
    for (ActiveMember member : panels.activeMembers(tender.caseRef())) {
      for (EvaluationBid bid : compliant) {
        if (!scored.contains(member.userId() + "|" + bid.bidId())
            && !panels.hasDeclaredConflict(tender.caseRef(), member.userId(), bid.supplierId())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Blind until complete: once a ranking exists the scores stay readable, whatever happens to the panel. */
  private void requireUnsealed(TenderView tender) {
    if (!rankings.existsByTenderId(tender.id()) && !complete(tender)) {
      throw new BusinessRuleViolation("evaluation.scores-sealed", "The scores of tender " + tender.id()
          + " are sealed until every evaluator has scored every bid they may score.");
    }
  }

  private boolean declaredAbout(String caseRef, String memberUserId, String supplierId) {
    return panels.declarations(caseRef).stream()
        .anyMatch(d -> memberUserId.equals(d.memberUserId()) && supplierId.equals(d.bidderId()));
  }

  private ActiveMember requireEvaluator(String caseRef, String userId) {
    return panels.activeMembers(caseRef).stream().filter(m -> m.userId().equals(userId)).findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("evaluation.not-an-evaluator",
            userId + " is not an active member of the panel of case " + caseRef + ", so does not evaluate its bids."));
  }

  private int nextRound(UUID tenderId) {
    return rankings.findFirstByTenderIdOrderByRoundDesc(tenderId).map(r -> r.round() + 1).orElse(1);
  }

  private List<Numbered> numbered(TenderView tender) {
    List<Numbered> result = new ArrayList<>();
    List<AwardCriterion> all = tender.criteria();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).type() != CriterionType.PRICE) {
        result.add(new Numbered(i + 1, all.get(i)));
      }
    }
    return result;
  }

  private List<AwardCriterion> scored(TenderView tender) {
    return numbered(tender).stream().map(Numbered::criterion).toList();
  }

  private Numbered criterionNamed(TenderView tender, String name) {
    String wanted = name == null ? "" : name.trim();
    return numbered(tender).stream().filter(n -> n.criterion().name().equals(wanted)).findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("evaluation.unknown-criterion", "'" + name
            + "' is not a scored criterion of tender " + tender.id() + "; they are "
            + scored(tender).stream().map(AwardCriterion::name).toList() + "."));
  }

  private List<EvaluationBid> openedBids(UUID tenderId) {
    started(tenders.get(tenderId));
    return bids.findByTenderIdOrderByOpenedOrder(tenderId);
  }

  private List<EvaluationBid> compliantBids(UUID tenderId) {
    Map<UUID, ComplianceDecision> decided = decisions(tenderId);
    return openedBids(tenderId).stream()
        .filter(b -> decided.containsKey(b.bidId()) && decided.get(b.bidId()).compliant()).toList();
  }

  private Map<UUID, ComplianceDecision> decisions(UUID tenderId) {
    return compliance.findByTenderId(tenderId).stream()
        .collect(Collectors.toMap(ComplianceDecision::bidId, Function.identity()));
  }

  private EvaluationBid bidOf(UUID tenderId, UUID bidId) {
    return bids.findById(bidId).filter(b -> b.tenderId().equals(tenderId))
        .orElseThrow(() -> new BusinessRuleViolation("evaluation.unknown-bid",
            "Bid " + bidId + " is not an opened bid of tender " + tenderId + "."));
  }

  private static Map<UUID, EvaluationBid> byId(List<EvaluationBid> list) {
    return list.stream().collect(Collectors.toMap(EvaluationBid::bidId, Function.identity()));
  }

  /**
   * The tender's evaluation, started on first use after the opening: the opened bids' ids,
   * suppliers, prices and receipts are taken once from the bidding module (never their texts) with
   * the configured scale. The tender's row lock makes a concurrent first use wait and find it started.
   */
  private Evaluation started(TenderView tender) {
    Optional<Evaluation> existing = evaluations.findById(tender.id());
    if (existing.isPresent()) {
      return existing.get();
    }
    tenders.lockForOpening(tender.id());
    existing = evaluations.findById(tender.id());
    if (existing.isPresent()) {
      return existing.get();
    }
    OpenedBids opened = opening.openedBids(tender.id());
    Evaluation evaluation = evaluations.save(
        new Evaluation(tender.id(), tender.caseRef(), properties.scaleMax(), now()));
    int order = 0;
    for (OpenedBid bid : opened.bids()) {
      bids.save(new EvaluationBid(bid.bidId(), tender.id(), bid.supplierId(),
          bid.price().setScale(RankingCalculator.SCALE, RoundingMode.UNNECESSARY), bid.receivedAt(),
          bid.sha256(), order++));
    }
    int scoredCount = scored(tender).size();
    if (scoredCount > MAX_SCORED_CRITERIA) {
      log.warn("Tender {} has {} scored criteria; the scoring form offers {} slots", tender.id(), scoredCount,
          MAX_SCORED_CRITERIA);
    }
    log.info("Evaluation of tender {} ({}) started: {} opened bids, scores from 0 to {}", tender.id(), tender.ocid(),
        opened.count(), properties.scaleMax());
    return evaluation;
  }

  private Evaluation locked(TenderView tender) {
    started(tender);
    return evaluations.lock(tender.id()).orElseThrow();
  }

  private TenderView openTender(UUID tenderId) {
    TenderView tender = tenders.get(tenderId);
    if (tender.status() == TenderStatus.AWARDED || tender.status() == TenderStatus.CANCELLED) {
      throw new BusinessRuleViolation("evaluation.closed",
          "Tender " + tender.ocid() + " is " + tender.status() + "; its evaluation is closed.");
    }
    return tender;
  }

  private static void requireOnScale(int score, int scaleMax) {
    if (score < 0 || score > scaleMax) {
      throw new BusinessRuleViolation("evaluation.score-range",
          "Scores are whole numbers from 0 to " + scaleMax + "; " + score + " is not.");
    }
  }

  private static void requireActor(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("Who decides must be known");
    }
  }

  private static String text(String value, String rule, String message) {
    String text = value == null ? "" : value.trim();
    if (text.isEmpty()) {
      throw new BusinessRuleViolation(rule, message);
    }
    if (text.length() > MAX_TEXT) {
      throw new BusinessRuleViolation(rule, "At most " + MAX_TEXT + " characters, please.");
    }
    return text;
  }

  private static String role(ActiveMember member) {
    return member.kind() == MemberKind.CITIZEN ? "panel-citizen" : "panel-official";
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static BusinessRuleViolation notRanked(UUID tenderId) {
    return new BusinessRuleViolation("evaluation.not-ranked", "Tender " + tenderId + " has not been ranked yet.");
  }
}
