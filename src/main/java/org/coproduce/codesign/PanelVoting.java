package org.coproduce.codesign;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.codesign.internal.PanelVotes;
import org.coproduce.codesign.internal.Roster;
import org.coproduce.record.Decision;
import org.coproduce.record.DecisionRecord;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Panel members vote approve/object with a comment; the count applies the double-majority rule. */
@Service
public class PanelVoting {

  public static final String RULE = "double-majority";

  private final PanelVotes votes;
  private final Roster roster;
  private final DecisionRecord record;
  private final Clock clock;

  PanelVoting(PanelVotes votes, Roster roster, DecisionRecord record, Clock clock) {
    this.votes = votes;
    this.roster = roster;
    this.record = record;
    this.clock = clock;
  }

  @Transactional
  public void cast(String caseRef, VoteSubject subject, int version, String memberId, boolean approve,
      String comment) {
    Roster.Member member = roster.requireMember(caseRef, memberId);
    if (votes.existsByCaseRefAndSubjectAndSubjectVersionAndMemberId(caseRef, subject, version, memberId)) {
      throw new BusinessRuleViolation("vote.once", memberId + " has already voted on this " + subject + " version.");
    }
    String text = comment == null ? "" : comment.trim();
    if (!approve && text.isEmpty()) {
      throw new BusinessRuleViolation("vote.objection-reason", "Say why you object, so the draft can be improved.");
    }
    votes.save(new PanelVote(caseRef, subject, version, memberId, approve, text, clock.instant()));
    record.append(new Decision(caseRef, memberId, member.role(), "vote." + subject.name().toLowerCase(),
        RULE, approve ? "approve" : "object", Map.of("subject", subject.name(), "version", version,
            "comment", text)));
  }

  /** Counts the votes on a version against the panel's active members and records the result. */
  @Transactional
  public VoteTally tally(String caseRef, VoteSubject subject, int version) {
    List<PanelVote> cast = votes.findByCaseRefAndSubjectAndSubjectVersionOrderByCastAt(caseRef, subject, version);
    Map<String, Boolean> approvals = new HashMap<>();
    cast.forEach(v -> approvals.put(v.getMemberId(), v.isApprove()));
    VoteTally tally = roster.doubleMajority(subject, version, approvals, caseRef);
    List<String> objections = cast.stream().filter(v -> !v.isApprove())
        .map(v -> v.getMemberId() + ": " + v.getComment()).toList();
    VoteTally result = new VoteTally(subject, version, tally.passed(), tally.citizensFor(), tally.citizens(),
        tally.officialsFor(), tally.officials(), objections);
    record.append(new Decision(caseRef, "system", "panel", "tally." + subject.name().toLowerCase(), RULE,
        result.summary(), Map.of("subject", subject.name(), "version", version, "citizensFor", result.citizensFor(),
            "citizens", result.citizens(), "officialsFor", result.officialsFor(), "officials", result.officials(),
            "objections", objections)));
    return result;
  }

  @Transactional(readOnly = true)
  public List<PanelVote> votes(String caseRef, VoteSubject subject, int version) {
    return votes.findByCaseRefAndSubjectAndSubjectVersionOrderByCastAt(caseRef, subject, version);
  }

  /** Every vote cast on the case, on any subject, in the order cast. */
  @Transactional(readOnly = true)
  public List<PanelVote> votes(String caseRef) {
    return votes.findByCaseRefOrderByCastAt(caseRef);
  }
}
