package org.coproduce.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * The evaluation of a tender's opened bids (DOMAIN.md rules 1, 2 and 4; docs/evaluation.md):
 * compliance with reasons, conflicts with bidders, independent scoring kept sealed until every
 * evaluator has scored, moderation that never overwrites a raw score, and the weighted ranking,
 * recomputable at any time from the stored raw data.
 *
 * <p>The evaluation of a tender starts by itself on its first use after the opening: it takes the
 * opened bids' ids, suppliers, prices and receipts from the bidding module once (never their texts)
 * and the configured scale. Every decision is appended to the decision record in the caller's
 * transaction. Refusals are {@link org.coproduce.shared.BusinessRuleViolation}s naming their rule
 * ({@code evaluation.*}); an unknown tender or bid is a {@link org.coproduce.shared.NotFoundException}.
 */
public interface EvaluationService {

  /** The scoring form has three slots: a tender is scored on at most this many non-price criteria. */
  int MAX_SCORED_CRITERIA = 3;

  // ------------------------------------------------------------------ bids and compliance

  /**
   * Records the officer's compliance decision on an opened bid, once per bid. A reason is always
   * required ({@code evaluation.reason-required}); only opened bids of this tender
   * ({@code evaluation.unknown-bid}); never twice ({@code evaluation.compliance-decided}).
   */
  void recordCompliance(UUID tenderId, UUID bidId, String officerId, boolean compliant, String reason);

  /** The opened bids, in order of first receipt. Refused before the opening ({@code bidding.sealed}). */
  List<UUID> openedBidIds(UUID tenderId);

  /** The bids found compliant, in order of first receipt. */
  List<UUID> compliantBidIds(UUID tenderId);

  boolean anyCompliant(UUID tenderId);

  /** The opened bids with supplier, price and receipt (for the officer's screens and the award). */
  List<EvaluatedBid> bids(UUID tenderId);

  /** The compliance decisions taken so far. */
  List<ComplianceView> compliance(UUID tenderId);

  /** The name a form shows for the bidder: the supplier's login id. */
  String bidderName(UUID bidId);

  /** Whether the supplier has an opened bid on the tender. */
  boolean isBidder(UUID tenderId, String supplierId);

  // ------------------------------------------------------------------ evaluators and conflicts

  /** The evaluators: the active members of the case's panel (user ids). */
  List<String> evaluators(UUID tenderId);

  /**
   * An evaluator's declaration about the bidder of an opened bid, recorded through the panel's
   * declarations. Details are required with a conflict ({@code evaluation.conflict-details-required}).
   * A conflicted evaluator is excluded from scoring that bidder only. Refused for a bid the
   * evaluator has already scored ({@code evaluation.already-scored}).
   */
  void declareBidderConflict(UUID tenderId, String evaluatorId, UUID bidId, boolean conflict, String details);

  /**
   * The compliant bids the evaluator may score: those whose bidder they have declared no conflict
   * with (a conflict declared about the whole case excludes every bid).
   */
  List<UUID> bidsToScore(UUID tenderId, String evaluatorId);

  // ------------------------------------------------------------------ scoring

  /** The tender's non-price criteria in published order (at most {@value #MAX_SCORED_CRITERIA}). */
  List<ScoredCriterion> scoredCriteria(UUID tenderId);

  /** The configured top of the scoring scale ({@code coproduce.evaluation.scale-max}); the bottom is 0. */
  int scaleMax();

  /** The top of the scale this tender is scored on (the configured value when its evaluation started). */
  int scaleMax(UUID tenderId);

  /**
   * Stores an evaluator's scores of one bid: one per scored criterion, each on the scale and with a
   * written justification. Refused for a non-evaluator ({@code evaluation.not-an-evaluator}), a bid
   * not (yet) found compliant ({@code evaluation.not-compliant}), a conflicted evaluator
   * ({@code evaluation.conflict}), an evaluator who has not declared about that bidder
   * ({@code evaluation.declaration-required}), a second time ({@code evaluation.already-scored}),
   * after the first ranking ({@code evaluation.scoring-closed}), and for incomplete or invalid
   * scores ({@code evaluation.criteria-mismatch}, {@code evaluation.score-range},
   * {@code evaluation.justification-required}). Raw scores are never updated.
   */
  void scoreBid(UUID tenderId, UUID bidId, String evaluatorId, List<CriterionScore> scores);

  /**
   * Whether every compliance decision is taken and every evaluator has scored every bid they may
   * score. Until then, and until the first ranking, scores are sealed.
   */
  boolean scoringComplete(UUID tenderId);

  /** Everyone's scores; refused while sealed ({@code evaluation.scores-sealed}). */
  List<ScoreView> scores(UUID tenderId);

  /** The evaluator's own scores, readable at any time. */
  List<ScoreView> ownScores(UUID tenderId, String evaluatorId);

  // ------------------------------------------------------------------ moderation

  /**
   * Flags, per bid and criterion, current scores spread (max - min) beyond
   * {@code coproduce.evaluation.moderation-spread}; stores and records the flags. Refused while
   * the scores are sealed.
   */
  List<Outlier> flagOutliers(UUID tenderId);

  /**
   * The chair changes one evaluator's current score with a reason. The raw score is kept; the
   * change (old and new score, reason, who, when) is stored and recorded. Only the panel's chair
   * ({@code evaluation.chair-only}), only once scores are unsealed ({@code evaluation.scores-sealed}),
   * a reason is required ({@code evaluation.reason-required}), the new score on the scale
   * ({@code evaluation.score-range}) and different ({@code evaluation.moderation-unchanged}).
   */
  void moderate(UUID tenderId, UUID bidId, String evaluatorId, String criterion, int newScore, String reason,
      String chairId);

  /** Every moderation change, oldest first. */
  List<ModerationView> moderations(UUID tenderId);

  // ------------------------------------------------------------------ ranking

  /**
   * Computes the ranking of the compliant bids from the stored scores and moderations, stores it as
   * a new evaluation round (1 for the first ranking, then one more each time) and records it with
   * its digest. Refused while the scores are sealed, and when a compliant bid has no score
   * ({@code evaluation.bid-unscored}).
   */
  Ranking rank(UUID tenderId);

  /**
   * The latest ranking, recomputed from the raw scores and the moderations it included; the same
   * result, digest included, as {@link #rank} gave. Refused before any ranking
   * ({@code evaluation.not-ranked}). A digest that no longer matches throws {@link RankingNoLongerVerifies}.
   */
  Ranking ranking(UUID tenderId);

  /** The ranking of one round, recomputed likewise. */
  Ranking ranking(UUID tenderId, int round);

  /**
   * The current evaluation round: the round of the latest ranking, 1 before the first. The panel's
   * recommendation vote on a ranking uses this number as its version.
   */
  int evaluationRound(UUID tenderId);
}
