package org.coproduce.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.evaluation.CriterionResult;
import org.coproduce.evaluation.RankedBid;
import org.coproduce.evaluation.Ranking;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.tender.AwardCriterion;
import org.coproduce.tender.CriterionType;

/**
 * The weighted ranking (docs/evaluation.md). Pure: the same inputs always give the same ranking
 * and digest, which is what makes a stored ranking recomputable from the raw data.
 *
 * <ul>
 *   <li>A scored criterion gives {@code sum of the evaluators' current scores x weight / (number of
 *       scores x scale maximum)} points: the mean score as a share of the scale, times the weight.
 *   <li>A price criterion gives {@code lowest compliant price x weight / the bid's price} points.
 *   <li>Each criterion's points are rounded once, half up, to 2 decimals; the total is their sum.
 *   <li>Order: higher total; then higher points on the scored criteria (quality and social value);
 *       then the earlier receipt of the opened version; then the bid id, so ranks are always distinct.
 * </ul>
 */
final class RankingCalculator {

  static final int SCALE = 2;

  /** A compliant bid to rank. */
  record BidInput(UUID bidId, String supplierId, BigDecimal price, Instant receivedAt) {
  }

  private RankingCalculator() {
  }

  /**
   * @param criteria the tender's criteria as published, in order
   * @param bids the compliant bids
   * @param scores per bid, per criterion name, the evaluators' current scores
   */
  static Ranking compute(UUID tenderId, int round, Instant computedAt, int scaleMax, List<AwardCriterion> criteria,
      List<BidInput> bids, Map<UUID, Map<String, List<Integer>>> scores) {
    if (bids.isEmpty()) {
      throw new BusinessRuleViolation("evaluation.no-compliant-bid",
          "Tender " + tenderId + " has no compliant bid to rank.");
    }
    if (scaleMax < 1) {
      throw new IllegalArgumentException("The scale maximum must be positive");
    }
    BigDecimal lowest = bids.stream().map(BidInput::price).min(Comparator.naturalOrder()).orElseThrow();
    List<Line> lines = new ArrayList<>();
    for (BidInput bid : bids) {
      if (bid.price().signum() <= 0) {
        throw new IllegalArgumentException("Bid " + bid.bidId() + " has no positive price");
      }
      List<CriterionResult> results = new ArrayList<>();
      BigDecimal quality = BigDecimal.ZERO.setScale(SCALE);
      BigDecimal price = BigDecimal.ZERO.setScale(SCALE);
      for (AwardCriterion criterion : criteria) {
        BigDecimal weight = BigDecimal.valueOf(criterion.weight());
        if (criterion.type() == CriterionType.PRICE) {
          BigDecimal points = lowest.multiply(weight).divide(bid.price(), SCALE, RoundingMode.HALF_UP);
          results.add(new CriterionResult(criterion.name(), criterion.type(), criterion.weight(), null, 0, points));
          price = price.add(points);
        } else {
          List<Integer> given = scores.getOrDefault(bid.bidId(), Map.of()).getOrDefault(criterion.name(), List.of());
          if (given.isEmpty()) {
            throw new BusinessRuleViolation("evaluation.bid-unscored", "Bid " + bid.bidId() + " of "
                + bid.supplierId() + " has no score on '" + criterion.name() + "': no evaluator could score it. "
                + "Replace conflicted panel members so that every compliant bid is scored.");
          }
          BigDecimal sum = BigDecimal.valueOf(given.stream().mapToLong(Integer::longValue).sum());
          BigDecimal count = BigDecimal.valueOf(given.size());
          BigDecimal mean = sum.divide(count, SCALE, RoundingMode.HALF_UP);
          BigDecimal points = sum.multiply(weight)
              .divide(count.multiply(BigDecimal.valueOf(scaleMax)), SCALE, RoundingMode.HALF_UP);
          results.add(new CriterionResult(criterion.name(), criterion.type(), criterion.weight(), mean, given.size(),
              points));
          quality = quality.add(points);
        }
      }
      lines.add(new Line(bid, results, quality, price, quality.add(price)));
    }
    lines.sort(Comparator.comparing(Line::total).reversed()
        .thenComparing(Comparator.comparing(Line::quality).reversed())
        .thenComparing(l -> l.bid().receivedAt())
        .thenComparing(l -> l.bid().bidId().toString()));
    List<RankedBid> ranked = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      ranked.add(new RankedBid(l.bid().bidId(), l.bid().supplierId(), l.bid().price(), l.bid().receivedAt(),
          l.results(), l.quality(), l.price(), l.total(), i + 1));
    }
    return new Ranking(tenderId, round, scaleMax, computedAt, ranked, digest(tenderId, round, scaleMax, ranked));
  }

  /** SHA-256 of the ranking's canonical text: every figure that decides it, in rank order. */
  static String digest(UUID tenderId, int round, int scaleMax, List<RankedBid> ranked) {
    StringBuilder text = new StringBuilder();
    text.append("tender=").append(tenderId).append(";round=").append(round).append(";scale=").append(scaleMax)
        .append('\n');
    for (RankedBid b : ranked) {
      text.append(b.rank()).append('|').append(b.bidId()).append('|').append(b.supplierId()).append('|')
          .append(b.price().stripTrailingZeros().toPlainString()).append('|')
          // Normalised as the database keeps them (milliseconds; no trailing zeros), so a ranking
          // recomputed from stored rows gives the same digest as the one computed in memory.
          .append(b.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
      for (CriterionResult c : b.criteria()) {
        text.append('|').append(c.criterion()).append(':').append(c.weight()).append(':')
            .append(c.meanScore() == null ? "-" : c.meanScore().toPlainString()).append(':').append(c.evaluators())
            .append(':').append(c.points().toPlainString());
      }
      text.append('|').append(b.qualityPoints().toPlainString()).append('|').append(b.pricePoints().toPlainString())
          .append('|').append(b.total().toPlainString()).append('\n');
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private record Line(BidInput bid, List<CriterionResult> results, BigDecimal quality, BigDecimal price,
      BigDecimal total) {
  }
}
