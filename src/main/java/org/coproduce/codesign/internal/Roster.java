package org.coproduce.codesign.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.codesign.VoteSubject;
import org.coproduce.codesign.VoteTally;
import org.coproduce.panel.ActiveMember;
import org.coproduce.panel.DoubleMajority;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.PanelService;
import org.coproduce.panel.Vote;
import org.coproduce.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;

/** The co-design module's view of the case's panel: who may contribute and vote, and how votes count. */
@Component
public class Roster {

  /** An active member as co-design sees them; {@code role} is the capacity recorded with their decisions. */
  public record Member(String userId, boolean citizen, boolean chair) {
    public String role() {
      return citizen ? "panel-citizen" : "panel-official";
    }
  }

  private final PanelService panels;

  Roster(PanelService panels) {
    this.panels = panels;
  }

  public List<Member> activeMembers(String caseRef) {
    return panels.activeMembers(caseRef).stream()
        .map(m -> new Member(m.userId(), m.kind() == MemberKind.CITIZEN, m.chair())).toList();
  }

  public Member requireMember(String caseRef, String userId) {
    return activeMembers(caseRef).stream().filter(m -> m.userId().equals(userId)).findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("panel.not-a-member",
            userId + " is not an active member of the panel of case " + caseRef + "."));
  }

  public Member requireChair(String caseRef, String userId) {
    Member member = requireMember(caseRef, userId);
    if (!member.chair()) {
      throw new BusinessRuleViolation("panel.chair-only", "Only the panel's chair may do this; " + userId
          + " is not the chair of case " + caseRef + ".");
    }
    return member;
  }

  /** Applies the panel module's double-majority rule to approve/object votes keyed by member. */
  public VoteTally doubleMajority(VoteSubject subject, int version, Map<String, Boolean> approvals,
      String caseRef) {
    List<ActiveMember> members = panels.activeMembers(caseRef);
    Map<String, Vote> votes = new HashMap<>();
    approvals.forEach((member, approve) -> votes.put(member, approve ? Vote.APPROVE : Vote.OBJECT));
    DoubleMajority.Result result = DoubleMajority.evaluate(votes, members);
    return new VoteTally(subject, version, result.passed(), result.approvingCitizens(), result.citizens(),
        result.approvingOfficials(), result.officials(), List.of());
  }
}
