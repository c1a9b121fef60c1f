package org.coproduce.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.codesign.VoteTally;

/**
 * From the ranking to the contract (DOMAIN.md rules 1, 2, 5 and 6): the panel's recommendation by
 * double majority, approval within delegated authority (never by the case's officer, never above
 * the budget), the standstill, bidders' challenges that suspend the award, and the contract.
 *
 * <p>Everything is per evaluation round ({@code EvaluationService.evaluationRound}): a failed
 * recommendation vote, a refused approval or an upheld challenge sends the tender back to
 * moderation, and the next ranking opens a new round with its own vote, approval and standstill.
 * Every decision is appended to the decision record in the caller's transaction. Refusals are
 * {@link org.coproduce.shared.BusinessRuleViolation}s naming their rule; an unknown tender is a
 * {@link org.coproduce.shared.NotFoundException}.
 */
public interface AwardService {

  /** The recommended bid's price in the current round: the award-authority decision table's input. */
  BigDecimal contractValue(UUID tenderId);

  /**
   * Counts the panel's votes on the current round's recommendation (cast through
   * {@code PanelVoting.cast(caseRef, RECOMMENDATION, round, ...)}) by double majority, stores and
   * records the outcome. Once per round ({@code award.recommendation-concluded}).
   */
  VoteTally concludeRecommendationVote(UUID tenderId);

  /**
   * The approver's decision on the current round's recommendation; returns {@code approved}. Never
   * the case's officer ({@code segregation-of-duties}); a reason is required to refuse
   * ({@code award.reason-required}); only a recommendation the panel passed
   * ({@code award.no-recommendation}); once per round ({@code award.already-decided}); no approval
   * above the case's budget commitment ({@code budget.above-commitment}, {@code budget.no-commitment}).
   */
  boolean approve(UUID tenderId, String approverId, boolean approved, String reason);

  /**
   * Starts the current round's standstill, which ends {@code coproduce.award.standstill} later;
   * returns that end. Only after approval ({@code award.not-approved}). Starting it again in the
   * same round returns the same end.
   */
  Instant startStandstill(UUID tenderId);

  /** The end of the current round's standstill ({@code award.standstill-not-started} before it starts). */
  Instant standstillEnd(UUID tenderId);

  /**
   * A bidder challenges the award decision: only a supplier whose bid was opened
   * ({@code award.not-a-bidder}), only while the current round's standstill runs, from its start to
   * strictly before its end by the server clock ({@code award.challenge-outside-standstill}),
   * grounds required ({@code award.grounds-required}). The challenge suspends the award until it
   * is decided; {@link ChallengeLodged} is published in this transaction.
   */
  ChallengeView lodgeChallenge(UUID tenderId, String supplierId, String grounds);

  /**
   * Decides every open challenge of the tender: upheld sends the tender back to evaluation (the
   * current decision can no longer be awarded), dismissed lets the standstill run out. Never the
   * case's officer; a reason is required; refused without an open challenge
   * ({@code award.no-open-challenge}).
   */
  void decideChallenge(UUID tenderId, String reviewerId, boolean upheld, String reason);

  /** Whether a challenge of the tender awaits its decision. */
  boolean openChallenge(UUID tenderId);

  List<ChallengeView> challenges(UUID tenderId);

  /** The supplier's own challenges of the tender. */
  List<ChallengeView> challengesOf(UUID tenderId, String supplierId);

  /**
   * Awards the contract to the current round's recommended bidder: refused before the standstill
   * ends ({@code award.standstill}, {@code award.standstill-not-started}), with an open challenge
   * ({@code award.challenge-open}), after an upheld challenge ({@code award.challenge-upheld}),
   * without approval ({@code award.not-approved}), above the budget commitment
   * ({@code budget.above-commitment}), or twice ({@code award.already-awarded}). Stores the
   * contract, marks the tender and the case awarded, records it and publishes {@link ContractAwarded}.
   */
  ContractView awardContract(UUID tenderId, String actor);

  Optional<ContractView> contract(UUID tenderId);

  /**
   * When the case's awarded contract ends: the start of the day after its last day (UTC). Refused
   * when the case has no awarded contract ({@code award.no-contract}) or it has no end date
   * ({@code award.contract-open-ended}).
   */
  Instant contractEnd(String caseRef);

  /**
   * What the award decision notices say, for the current round once approved
   * ({@code award.not-approved} before).
   */
  AwardDecision decisionFor(UUID tenderId);
}
