package org.coproduce.panel;

import java.util.List;

/** A case's panel: its state, its seats (active and replaced) and its alternates. */
public record PanelView(String caseRef, String caseTitle, String status, String officerUserId, int drawNumber,
    String seed, List<PanelMemberView> members, List<AlternateView> alternates) {

  public static final String DRAWN = "DRAWN";
  public static final String CONFIRMED = "CONFIRMED";
}
