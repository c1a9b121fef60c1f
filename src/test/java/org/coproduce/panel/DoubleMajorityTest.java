package org.coproduce.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DoubleMajorityTest {

  /** 4 citizens c1..c4, 3 officials o1..o3. */
  static final List<ActiveMember> PANEL = List.of(
      new ActiveMember("c1", MemberKind.CITIZEN, true), new ActiveMember("c2", MemberKind.CITIZEN, false),
      new ActiveMember("c3", MemberKind.CITIZEN, false), new ActiveMember("c4", MemberKind.CITIZEN, false),
      new ActiveMember("o1", MemberKind.OFFICIAL, false), new ActiveMember("o2", MemberKind.OFFICIAL, false),
      new ActiveMember("o3", MemberKind.OFFICIAL, false));

  static Map<String, Vote> votes(String approve, String object) {
    Map<String, Vote> votes = new HashMap<>();
    for (String id : approve.split(" ")) {
      if (!id.isBlank()) {
        votes.put(id, Vote.APPROVE);
      }
    }
    for (String id : object.split(" ")) {
      if (!id.isBlank()) {
        votes.put(id, Vote.OBJECT);
      }
    }
    return votes;
  }

  @Test
  void passesWithAStrictMajorityOnBothSides() {
    DoubleMajority.Result result = DoubleMajority.evaluate(votes("c1 c2 c3 o1 o2", "c4 o3"), PANEL);

    assertThat(result.passed()).isTrue();
    assertThat(result.summary()).isEqualTo("passed: 3/4 citizens, 2/3 officials");
  }

  @Test
  void aCitizenTieFails() {
    DoubleMajority.Result result = DoubleMajority.evaluate(votes("c1 c2 o1 o2 o3", "c3 c4"), PANEL);

    assertThat(result.passed()).isFalse();
    assertThat(result.citizenMajority()).isFalse();
    assertThat(result.officialMajority()).isTrue();
  }

  @Test
  void officialsAloneCannotCarryIt() {
    assertThat(DoubleMajority.evaluate(votes("c1 o1 o2 o3", "c2 c3 c4"), PANEL).passed()).isFalse();
  }

  @Test
  void citizensAloneCannotCarryIt() {
    DoubleMajority.Result result = DoubleMajority.evaluate(votes("c1 c2 c3 c4 o1", "o2 o3"), PANEL);
    assertThat(result.passed()).isFalse();
    assertThat(result.officialMajority()).isFalse();
  }

  @Test
  void abstentionsAndMissingVotesCountAgainst() {
    Map<String, Vote> votes = votes("c1 c2 o1 o2", "");
    votes.put("c3", Vote.ABSTAIN); // c4 does not vote: 2 of 4 citizens approve, not a majority
    assertThat(DoubleMajority.evaluate(votes, PANEL).passed()).isFalse();

    votes.put("c4", Vote.APPROVE);
    assertThat(DoubleMajority.evaluate(votes, PANEL).passed()).isTrue();
  }

  @Test
  void votesOfNonMembersAreNotCountedButReported() {
    DoubleMajority.Result result = DoubleMajority.evaluate(votes("c1 c2 x1 x2 x3 o1 o2", ""), PANEL);

    assertThat(result.passed()).isFalse();
    assertThat(result.approvingCitizens()).isEqualTo(2);
    assertThat(result.ignoredVoters()).containsExactlyInAnyOrder("x1", "x2", "x3");
  }

  @Test
  void aSideWithoutMembersCannotFormAMajority() {
    List<ActiveMember> citizensOnly = PANEL.subList(0, 4);
    assertThat(DoubleMajority.evaluate(votes("c1 c2 c3 c4", ""), citizensOnly).passed()).isFalse();
    assertThat(DoubleMajority.strictMajority(0, 0)).isFalse();
    assertThat(DoubleMajority.strictMajority(2, 3)).isTrue();
    assertThat(DoubleMajority.strictMajority(1, 2)).isFalse();
    assertThat(DoubleMajority.strictMajority(1, 1)).isTrue();
  }

  @Test
  void unanimityPassesAndAMemberListedTwiceIsRefused() {
    assertThat(DoubleMajority.ofApprovals(List.of("c1", "c2", "c3", "c4", "o1", "o2", "o3"), PANEL).passed()).isTrue();
    assertThatThrownBy(() -> DoubleMajority.evaluate(Map.of(), List.of(PANEL.get(0), PANEL.get(0))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
