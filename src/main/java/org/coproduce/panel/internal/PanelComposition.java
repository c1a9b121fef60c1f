package org.coproduce.panel.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.panel.MemberKind;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.Roles;

/**
 * The composition rule, in one place: who may sit on a panel and what a panel must look like.
 * Checked when a panel is drawn, confirmed and changed; the draw uses the same eligibility tests
 * to build its pools. Each refusal names its rule.
 */
final class PanelComposition {

  static final String SIZE = "panel.size";
  static final String CITIZEN_SHARE = "panel.citizen-share";
  static final String MIN_OFFICIALS = "panel.min-officials";
  static final String DUPLICATE = "panel.duplicate-member";
  static final String SUPPLIER_LINK = "panel.supplier-link";
  static final String ADMINISTRATOR = "panel.administrator";
  static final String SEGREGATION = "panel.segregation-of-duties";
  static final String CHAIR = "panel.chair";
  static final String CITIZEN_IS_OFFICIAL = "panel.citizen-seat-for-official";

  /**
   * A seat as the rule sees it.
   *
   * @param person a key unique per person, e.g. {@code volunteer:12}, {@code official:3}
   * @param userId the login, or null for a volunteer without one yet
   * @param groups the login's groups (empty without login)
   */
  record Seat(MemberKind kind, String person, String name, String userId, String supplierLink, Set<String> groups,
      boolean chair) {
  }

  private final PanelProperties settings;

  PanelComposition(PanelProperties settings) {
    this.settings = settings;
  }

  /** Refuses a panel that breaks the rule, naming the first rule broken. */
  void check(String officerUserId, List<Seat> seats) {
    for (Seat seat : seats) {
      String reason = seat.kind() == MemberKind.CITIZEN
          ? citizenIneligibility(seat.userId(), seat.supplierLink(), seat.groups())
          : officialIneligibility(seat.userId(), seat.supplierLink(), seat.groups(), officerUserId);
      if (reason != null) {
        throw new BusinessRuleViolation(ruleOf(reason), seat.name() + " may not sit on this panel: " + reason);
      }
    }
    Set<String> persons = new HashSet<>();
    Set<String> logins = new HashSet<>();
    for (Seat seat : seats) {
      if (!persons.add(seat.person()) || (seat.userId() != null && !logins.add(seat.userId()))) {
        throw new BusinessRuleViolation(DUPLICATE, "Nobody may sit on a panel twice (rule " + DUPLICATE + "): "
            + seat.name() + " holds two seats.");
      }
    }
    int size = seats.size();
    if (size < settings.minSize() || size > settings.maxSize()) {
      throw new BusinessRuleViolation(SIZE, "A panel has between " + settings.minSize() + " and " + settings.maxSize()
          + " members (rule " + SIZE + "); this one would have " + size + ".");
    }
    long citizens = seats.stream().filter(s -> s.kind() == MemberKind.CITIZEN).count();
    long officials = size - citizens;
    if (BigDecimal.valueOf(citizens).compareTo(settings.minCitizenShare().multiply(BigDecimal.valueOf(size))) < 0) {
      throw new BusinessRuleViolation(CITIZEN_SHARE, "Citizens must be at least "
          + settings.minCitizenShare().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.UP)
          + "% of the panel (rule " + CITIZEN_SHARE + "); this one would have " + citizens + " citizens of " + size
          + " members.");
    }
    if (officials < settings.minOfficials()) {
      throw new BusinessRuleViolation(MIN_OFFICIALS, "A panel needs at least " + settings.minOfficials()
          + " officials (rule " + MIN_OFFICIALS + "); this one would have " + officials + ".");
    }
    List<Seat> chairs = seats.stream().filter(Seat::chair).toList();
    if (chairs.size() != 1 || chairs.get(0).kind() != MemberKind.CITIZEN) {
      throw new BusinessRuleViolation(CHAIR, "A panel is chaired by exactly one of its citizen members (rule " + CHAIR
          + "); this one would have " + chairs.size() + " chair(s)"
          + (chairs.size() == 1 ? ", an official" : "") + ".");
    }
  }

  /** Why a volunteer may not take a citizen seat, or null when they may. */
  static String citizenIneligibility(String userId, String supplierLink, Set<String> groups) {
    String common = commonIneligibility(supplierLink, groups);
    if (common != null) {
      return common;
    }
    if (userId != null && (groups.contains(Roles.OFFICIALS) || groups.contains(Roles.COMMISSIONING_OFFICERS)
        || groups.contains(Roles.FINANCE) || groups.contains(Roles.APPROVERS))) {
      return "is an official, so cannot take a citizen seat (" + CITIZEN_IS_OFFICIAL + ")";
    }
    return null;
  }

  /** Why an official may not take an official seat on this case, or null when they may. */
  static String officialIneligibility(String userId, String supplierLink, Set<String> groups, String officerUserId) {
    String common = commonIneligibility(supplierLink, groups);
    if (common != null) {
      return common;
    }
    if (userId.equals(officerUserId)) {
      return "runs this case as its commissioning officer (" + SEGREGATION + ")";
    }
    if (groups.contains(Roles.FINANCE) || groups.contains(Roles.APPROVERS)) {
      return "checks budgets or approves awards (" + SEGREGATION + ")";
    }
    return null;
  }

  private static String commonIneligibility(String supplierLink, Set<String> groups) {
    if (supplierLink != null || groups.contains(Roles.SUPPLIERS)) {
      return "is linked to a supplier (" + SUPPLIER_LINK + ")";
    }
    if (groups.contains(Roles.ADMINISTRATORS)) {
      return "administers the system (" + ADMINISTRATOR + ")";
    }
    return null;
  }

  private static String ruleOf(String reason) {
    return reason.substring(reason.lastIndexOf('(') + 1, reason.lastIndexOf(')'));
  }
}
