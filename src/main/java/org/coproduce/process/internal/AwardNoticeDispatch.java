package org.coproduce.process.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.coproduce.award.AwardDecision;
import org.coproduce.award.AwardService;
import org.coproduce.notification.AwardDecisionNotice;
import org.coproduce.notification.AwardNotices;
import org.coproduce.notification.Notifications;
import org.coproduce.process.IdentityDirectory;
import org.springframework.stereotype.Service;

/**
 * Tells every bidder the award decision: the award module's decision, each supplier's name and
 * address from the identity service (which only this module reads), written to the outbox in a
 * committed transaction and dispatched at once. A retry of the job enqueues nothing new and sends
 * only what is still unsent; a bidder without an address fails the job with a message naming it,
 * so an administrator can add one in Admin and retry the incident.
 */
@Service
class AwardNoticeDispatch {

  private final AwardService awards;
  private final AwardNotices notices;
  private final Notifications notifications;
  private final IdentityDirectory identities;

  AwardNoticeDispatch(AwardService awards, AwardNotices notices, Notifications notifications,
      IdentityDirectory identities) {
    this.awards = awards;
    this.notices = notices;
    this.notifications = notifications;
    this.identities = identities;
  }

  void notifyBidders(UUID tenderId) {
    notifications.dispatch(notices.enqueueNow(toNotice(awards.decisionFor(tenderId))));
  }

  AwardDecisionNotice toNotice(AwardDecision d) {
    return new AwardDecisionNotice(d.caseRef(), d.tenderId(), d.tenderTitle(), d.ocid(), d.round(),
        d.winner().supplierId(), name(d.winner().supplierId()), d.winner().total(), BigDecimal.valueOf(d.scaleMax()),
        d.standstillEnd(), d.bidders().stream().map(this::bidder).toList());
  }

  private AwardDecisionNotice.BidderResult bidder(AwardDecision.BidderResult b) {
    IdentityDirectory.Contact contact = identities.contact(b.supplierId()).orElseThrow(() ->
        new IllegalStateException("Bidder " + b.supplierId() + " has no login any more; its notice cannot be sent"));
    if (contact.email() == null || contact.email().isBlank()) {
      throw new IllegalStateException("Bidder " + b.supplierId() + " has no e-mail address: add one in Admin "
          + "(Users > " + b.supplierId() + "), then retry this incident");
    }
    return new AwardDecisionNotice.BidderResult(b.supplierId(), contact.name(), contact.email(),
        b.scores().stream().map(s -> new AwardDecisionNotice.CriterionScore(s.criterion(), s.weight(), s.score(),
            s.justificationSummary())).toList(),
        b.total(), b.rank(), b.reasons());
  }

  private String name(String supplierId) {
    return identities.contact(supplierId).map(IdentityDirectory.Contact::name).orElse(supplierId);
  }
}
