package org.coproduce.panel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The shared-power rule for panel decisions: a proposal passes only if a strict majority of the
 * citizen members AND a strict majority of the official members approve.
 *
 * <p>Majorities are of the panel's active members, not of the votes cast: an abstention or a
 * missing vote counts against, so a proposal cannot pass because members stayed away. A tie (e.g.
 * 3 of 6 citizens) fails. A panel side with no members cannot form a majority, so the proposal
 * fails. Votes from people who are not active members (e.g. a replaced member) are not counted and
 * are reported.
 */
public final class DoubleMajority {

  public static final String RULE = "double-majority";

  /**
   * @param approvingCitizens citizen members who approved
   * @param citizens active citizen members
   * @param approvingOfficials official members who approved
   * @param officials active official members
   * @param ignoredVoters voters who are not active members, whose votes were not counted
   */
  public record Result(boolean passed, int approvingCitizens, int citizens, int approvingOfficials, int officials,
      Set<String> ignoredVoters) {

    public boolean citizenMajority() {
      return strictMajority(approvingCitizens, citizens);
    }

    public boolean officialMajority() {
      return strictMajority(approvingOfficials, officials);
    }

    /** For the decision record, e.g. {@code passed: 4/6 citizens, 2/3 officials}. */
    public String summary() {
      return (passed ? "passed" : "failed") + ": " + approvingCitizens + "/" + citizens + " citizens, "
          + approvingOfficials + "/" + officials + " officials";
    }
  }

  private DoubleMajority() {
  }

  /**
   * @param votes each voter's vote, keyed by user id
   * @param members the panel's active members ({@link PanelService#activeMembers})
   */
  public static Result evaluate(Map<String, Vote> votes, Collection<ActiveMember> members) {
    Map<String, MemberKind> kinds = members.stream()
        .collect(Collectors.toMap(ActiveMember::userId, ActiveMember::kind, (a, b) -> {
          throw new IllegalArgumentException("A member is listed twice");
        }));
    int citizens = count(kinds, MemberKind.CITIZEN);
    int officials = count(kinds, MemberKind.OFFICIAL);
    int approvingCitizens = 0;
    int approvingOfficials = 0;
    Set<String> ignored = new TreeSet<>();
    for (Map.Entry<String, Vote> vote : votes.entrySet()) {
      MemberKind kind = kinds.get(vote.getKey());
      if (kind == null) {
        ignored.add(vote.getKey());
      } else if (vote.getValue() == Vote.APPROVE) {
        if (kind == MemberKind.CITIZEN) {
          approvingCitizens++;
        } else {
          approvingOfficials++;
        }
      }
    }
    boolean passed = strictMajority(approvingCitizens, citizens) && strictMajority(approvingOfficials, officials);
    return new Result(passed, approvingCitizens, citizens, approvingOfficials, officials, Set.copyOf(ignored));
  }

  /** More than half: 2 * approving > total. Never true for an empty side. */
  static boolean strictMajority(int approving, int total) {
    return total > 0 && 2 * approving > total;
  }

  private static int count(Map<String, MemberKind> kinds, MemberKind kind) {
    return (int) kinds.values().stream().filter(kind::equals).count();
  }

  /** Convenience for callers that hold votes as a list of user ids approving. */
  public static Result ofApprovals(Collection<String> approving, List<ActiveMember> members) {
    return evaluate(approving.stream().distinct().collect(Collectors.toMap(id -> id, id -> Vote.APPROVE)), members);
  }
}
