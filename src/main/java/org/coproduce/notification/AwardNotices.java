package org.coproduce.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.notification.AwardDecisionNotice.BidderResult;
import org.coproduce.notification.AwardDecisionNotice.CriterionScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award decision notices: one e-mail per bidder. The winner gets a notice of intention to award;
 * every other bidder gets its own scores beside the winner's and the reasons. All give the end of
 * the standstill period and say how to challenge. Each bidder learns nothing about the other losing
 * bidders, and nothing of the winner beyond its name and scores.
 */
@Service
public class AwardNotices {

  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private final Notifications notifications;
  private final NotificationProperties properties;

  AwardNotices(Notifications notifications, NotificationProperties properties) {
    this.notifications = notifications;
    this.properties = properties;
  }

  /** The batch of one award round's notices: what {@link Notifications#dispatch(String)} is given. */
  public static String batchKey(UUID tenderId, int round) {
    return "award:" + tenderId + ":" + round;
  }

  /** One bidder's notice of one award round. */
  public static String dedupKey(UUID tenderId, int round, String supplierId) {
    return batchKey(tenderId, round) + ":" + supplierId;
  }

  /**
   * Enqueues every bidder's notice in the caller's transaction (the one that records the award
   * decision), so the notices exist if and only if the decision does. Enqueueing the same round
   * again adds nothing.
   *
   * @return the batch key, to dispatch once this transaction has committed
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String enqueueFor(AwardDecisionNotice decision) {
    compose(decision).forEach(notifications::enqueue);
    return batchKey(decision.tenderId(), decision.round());
  }

  /**
   * Enqueues every bidder's notice in a transaction of its own, committed on return, for a caller
   * that runs after the decision has committed: the asynchronous notification job, which can then
   * dispatch the batch at once. A retry of that job enqueues nothing new (the dedup keys are there)
   * and the notices keep the text they were first written with.
   *
   * @return the batch key, ready to dispatch
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public String enqueueNow(AwardDecisionNotice decision) {
    return enqueueFor(decision);
  }

  /** Writes the notices of an award decision, one per bidder, the winner's first. Pure: sends and stores nothing. */
  public List<Notice> compose(AwardDecisionNotice decision) {
    List<Notice> notices = new ArrayList<>();
    BidderResult winner = decision.winner();
    notices.add(notice(decision, winner, "Intention to award: " + decision.tenderTitle(), winnerText(decision)));
    for (BidderResult bidder : decision.bidders()) {
      if (!bidder.supplierId().equals(decision.winnerSupplierId())) {
        notices.add(notice(decision, bidder, "Outcome of your tender: " + decision.tenderTitle(),
            unsuccessfulText(decision, bidder)));
      }
    }
    return notices;
  }

  private Notice notice(AwardDecisionNotice decision, BidderResult bidder, String subject, String body) {
    return new Notice(batchKey(decision.tenderId(), decision.round()),
        dedupKey(decision.tenderId(), decision.round(), bidder.supplierId()), decision.caseRef(),
        bidder.supplierId(), bidder.email(), oneLine(subject + " (" + decision.caseRef() + ")"), body);
  }

  private String winnerText(AwardDecisionNotice d) {
    BidderResult winner = d.winner();
    StringBuilder text = new StringBuilder();
    header(text, d, winner);
    text.append("Thank you for your tender. We are pleased to tell you that the city intends to award this "
        + "contract to you. Your tender ranked first, with a weighted total score of ")
        .append(number(d.winnerTotal())).append(".\n\n");
    text.append("This is a notice of intention to award, not the contract itself. The contract will not be "
        + "awarded before the standstill period ends on ").append(when(d.standstillEnds()))
        .append(". Every bidder has been told the decision and may challenge it until then; a challenge "
            + "suspends the award until it has been reviewed, and we will let you know if that happens.\n\n");
    text.append("Your scores (each criterion out of ").append(number(d.maxScore())).append("):\n");
    for (CriterionScore score : winner.scores()) {
      text.append("- ").append(criterion(score)).append(": ").append(number(score.score())).append(".")
          .append(justification(score)).append('\n');
    }
    text.append("Weighted total: ").append(number(d.winnerTotal())).append("\n\n");
    text.append("Why your tender was chosen:\n").append(winner.reasons().strip()).append("\n\n");
    footer(text, d);
    return text.toString();
  }

  private String unsuccessfulText(AwardDecisionNotice d, BidderResult bidder) {
    BidderResult winner = d.winner();
    Map<String, CriterionScore> winnerScores = winner.scores().stream()
        .collect(Collectors.toMap(CriterionScore::criterion, Function.identity(), (a, b) -> a));
    StringBuilder text = new StringBuilder();
    header(text, d, bidder);
    text.append("Thank you for your tender. We are sorry to tell you that it was not successful. The city "
        + "intends to award the contract to ").append(d.winnerName())
        .append(", whose tender ranked first with a weighted total score of ").append(number(d.winnerTotal()))
        .append(".");
    if (bidder.ranked()) {
      long ranked = d.bidders().stream().filter(BidderResult::ranked).count();
      text.append(" Your tender ranked ").append(bidder.rank()).append(" of ").append(ranked)
          .append(", with a weighted total score of ").append(number(bidder.total())).append(".\n\n");
    } else {
      text.append(" Your tender was not ranked, for the reasons given below.\n\n");
    }
    if (bidder.scores().isEmpty()) {
      text.append("Your tender was not scored. The scores of the successful tender (each criterion out of ")
          .append(number(d.maxScore())).append(") were:\n");
      for (CriterionScore score : winner.scores()) {
        text.append("- ").append(criterion(score)).append(": ").append(number(score.score())).append('\n');
      }
      text.append("Weighted total of the successful tender: ").append(number(d.winnerTotal())).append("\n\n");
    } else {
      text.append("Your scores beside those of the successful tender (each criterion out of ")
          .append(number(d.maxScore())).append("):\n");
      for (CriterionScore score : bidder.scores()) {
        CriterionScore theirs = winnerScores.get(score.criterion());
        text.append("- ").append(criterion(score)).append(": yours ").append(number(score.score()))
            .append(", successful tender ").append(theirs == null ? "not scored" : number(theirs.score()))
            .append(".").append(justification(score)).append('\n');
      }
      text.append("Weighted total: yours ").append(bidder.total() == null ? "none" : number(bidder.total()))
          .append(", successful tender ").append(number(d.winnerTotal())).append("\n\n");
    }
    text.append("Reasons for the decision:\n").append(bidder.reasons().strip()).append("\n\n");
    text.append("Standstill period: the contract will not be awarded before ").append(when(d.standstillEnds()))
        .append(".\n\n");
    footer(text, d);
    return text.toString();
  }

  private static void header(StringBuilder text, AwardDecisionNotice d, BidderResult to) {
    text.append("Dear ").append(to.supplierName()).append(",\n\n");
    text.append("Tender: ").append(d.tenderTitle()).append('\n');
    text.append("Case reference: ").append(d.caseRef()).append(" (Open Contracting id ").append(d.ocid())
        .append(")\n");
    if (d.round() > 1) {
      text.append("Award decision: round ").append(d.round()).append(", replacing the earlier decision\n");
    }
    text.append('\n');
  }

  private void footer(StringBuilder text, AwardDecisionNotice d) {
    text.append("How to challenge the decision:\n")
        .append("Any bidder may challenge this decision until the standstill period ends on ")
        .append(when(d.standstillEnds()))
        .append(". To do so, sign in with your supplier account and send your grounds to\n")
        .append("  POST ").append(properties.publicBaseUrl()).append("/api/tenders/").append(d.tenderId())
        .append("/challenges\n")
        .append("A challenge received in time suspends the award until the city has reviewed it.\n\n");
    text.append("This message was sent automatically; replies to it are not read.\n\n");
    text.append("Yours sincerely,\nThe commissioning team\n");
  }

  private static String criterion(CriterionScore score) {
    return score.criterion() + " (weight " + score.weight() + "%)";
  }

  private static String justification(CriterionScore score) {
    String summary = score.justificationSummary();
    return summary == null || summary.isBlank() ? "" : " " + summary.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  static String when(Instant instant) {
    return READABLE.format(instant) + " (" + DateTimeFormatter.ISO_INSTANT.format(instant) + ")";
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s*\\R\\s*", " ").strip();
    return line.length() <= 500 ? line : line.substring(0, 499) + "…";
  }
}
