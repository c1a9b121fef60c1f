package org.coproduce.shared;

import java.util.List;

/**
 * The role groups every installation has. They are Camunda identity groups (so Tasklist queues and
 * engine authorizations use them) and Spring Security authorities on the domain API alike.
 */
public final class Roles {

  public static final String OFFICIALS = "officials";
  public static final String CITIZENS = "citizens";
  public static final String COMMISSIONING_OFFICERS = "commissioning-officers";
  public static final String FINANCE = "finance";
  public static final String APPROVERS = "approvers";
  /** Award approval above the approvers' delegated limit (processes/AwardAuthority.dmn). */
  public static final String SENIOR_APPROVERS = "senior-approvers";
  public static final String COUNCIL_COMMITTEE = "council-committee";
  public static final String SUPPLIERS = "suppliers";
  /** Camunda's built-in administrator group: Cockpit and Admin, no panel work. */
  public static final String ADMINISTRATORS = "camunda-admin";

  public static final List<String> ALL =
      List.of(OFFICIALS, CITIZENS, COMMISSIONING_OFFICERS, FINANCE, APPROVERS, SENIOR_APPROVERS, COUNCIL_COMMITTEE,
          SUPPLIERS, ADMINISTRATORS);

  /** Prefix of the Camunda group that holds one case's panel: {@code panel-<caseRef>}. */
  public static final String PANEL_GROUP_PREFIX = "panel-";

  public static String panelGroup(String caseRef) {
    return PANEL_GROUP_PREFIX + caseRef;
  }

  private Roles() {
  }
}
