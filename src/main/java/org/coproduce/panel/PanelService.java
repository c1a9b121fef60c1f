package org.coproduce.panel;

import java.util.List;

/**
 * Forming and changing a case's panel. Every method runs in the caller's transaction (or its own),
 * appends its decision to the decision record and, when membership changes, publishes
 * {@link PanelMembershipChanged} in that same transaction. Refusals are
 * {@link org.coproduce.shared.BusinessRuleViolation}s naming the rule.
 */
public interface PanelService {

  /** Draws the panel of a case with the configured quotas and a fresh seed. */
  DrawResult draw(String caseRef, String caseTitle, String officerUserId);

  /**
   * Draws the panel of a case: citizen seats by leximin sortition, official seats at random from
   * the eligible officials (never the case's officer, finance officers or approvers), alternates
   * for both, a citizen chair by lot. The panel is {@code DRAWN} until confirmed.
   */
  DrawResult draw(String caseRef, String caseTitle, String officerUserId, DrawOptions options);

  /** Discards an unconfirmed draw and draws again with a fresh seed; every draw stays on record. */
  DrawResult redraw(String caseRef, String actor);

  DrawResult redraw(String caseRef, String actor, DrawOptions options);

  /**
   * Confirms the drawn panel after checking the composition rule again: the panel becomes the
   * Camunda group {@code panel-<caseRef>}; drawn volunteers without a login get one.
   */
  PanelView confirm(String caseRef, String actor);

  /** Replaces an active member (e.g. after a declared conflict) by the first suitable alternate. */
  PanelView replaceWithAlternate(String caseRef, String memberUserId, String reason, String actor);

  /** Records a member's declaration, declared by the member themself. */
  DeclarationView declareConflict(String caseRef, String memberUserId, String bidderId, boolean hasConflict,
      String details);

  /** Records a member's declaration, entered by {@code declaredBy} (the member or an officer). */
  DeclarationView declareConflict(String caseRef, String memberUserId, String bidderId, boolean hasConflict,
      String details, String declaredBy);

  List<DeclarationView> declarations(String caseRef);

  /** Whether the member declared a conflict with the case ({@code bidderId} null) or with that bidder. */
  boolean hasDeclaredConflict(String caseRef, String memberUserId, String bidderId);

  PanelView panel(String caseRef);

  /** The members of a confirmed panel who currently sit on it. */
  List<ActiveMember> activeMembers(String caseRef);
}
