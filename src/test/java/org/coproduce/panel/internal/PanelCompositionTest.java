package org.coproduce.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.panel.MemberKind;
import org.coproduce.panel.internal.PanelComposition.Seat;
import org.coproduce.shared.BusinessRuleViolation;
import org.coproduce.shared.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The composition rule: each violation is refused with its rule id and a message naming the rule. */
class PanelCompositionTest {

  static final PanelProperties SETTINGS = new PanelProperties(5, 15, new BigDecimal("0.5"), 2, 6, 2, 4, 2, "tenure",
      Map.of());
  final PanelComposition rule = new PanelComposition(SETTINGS);

  static Seat citizen(int n) {
    return new Seat(MemberKind.CITIZEN, "volunteer:" + n, "Citizen " + n, "c" + n, null, Set.of(Roles.CITIZENS), n == 1);
  }

  static Seat official(int n) {
    return new Seat(MemberKind.OFFICIAL, "official:" + n, "Official " + n, "o" + n, null, Set.of(Roles.OFFICIALS),
        false);
  }

  static List<Seat> panel(int citizens, int officials) {
    List<Seat> seats = new ArrayList<>();
    for (int i = 1; i <= citizens; i++) {
      seats.add(citizen(i));
    }
    for (int i = 1; i <= officials; i++) {
      seats.add(official(i));
    }
    return seats;
  }

  void assertRefused(List<Seat> seats, String ruleId, String... messageParts) {
    assertThatThrownBy(() -> rule.check("officer", seats))
        .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.getRule()).isEqualTo(ruleId))
        .hasMessageContaining(ruleId)
        .hasMessageContainingAll(messageParts);
  }

  @Test
  void aBalancedPanelPasses() {
    assertThatCode(() -> rule.check("officer", panel(6, 2))).doesNotThrowAnyException();
    assertThatCode(() -> rule.check("officer", panel(3, 2))).doesNotThrowAnyException();
  }

  @Test
  void exactlyHalfCitizensIsEnoughButLessIsNot() {
    assertThatCode(() -> rule.check("officer", panel(3, 3))).doesNotThrowAnyException();
    assertRefused(panel(3, 4), "panel.citizen-share", "at least 50%", "3 citizens of 7 members");
  }

  @Test
  void sizeBounds() {
    assertRefused(panel(2, 2), "panel.size", "between 5 and 15", "would have 4");
    assertRefused(panel(12, 4), "panel.size", "would have 16");
  }

  @Test
  void atLeastTwoOfficials() {
    assertRefused(panel(5, 1), "panel.min-officials", "at least 2 officials", "would have 1");
  }

  @Test
  void nobodyTwice() {
    List<Seat> seats = panel(5, 2);
    seats.add(citizen(3));
    assertRefused(seats, "panel.duplicate-member", "Nobody may sit on a panel twice", "Citizen 3");
    List<Seat> sameLogin = panel(5, 2);
    sameLogin.add(new Seat(MemberKind.OFFICIAL, "official:9", "Official 9", "c2", null, Set.of(Roles.OFFICIALS), false));
    assertRefused(sameLogin, "panel.duplicate-member", "Official 9");
  }

  @Test
  void nobodyLinkedToASupplier() {
    List<Seat> declared = panel(5, 2);
    declared.set(1, new Seat(MemberKind.CITIZEN, "volunteer:2", "Citizen 2", "c2", "Acme Care Ltd (employer)",
        Set.of(Roles.CITIZENS), false));
    assertRefused(declared, "panel.supplier-link", "Citizen 2 may not sit on this panel", "linked to a supplier");

    List<Seat> supplierLogin = panel(5, 2);
    supplierLogin.set(5, new Seat(MemberKind.OFFICIAL, "official:1", "Official 1", "o1", null,
        Set.of(Roles.OFFICIALS, Roles.SUPPLIERS), false));
    assertRefused(supplierLogin, "panel.supplier-link", "Official 1");
  }

  @Test
  void noAdministratorsAndNoOfficialWhoRunsChecksOrApprovesTheCase() {
    List<Seat> admin = panel(5, 2);
    admin.set(2, new Seat(MemberKind.CITIZEN, "volunteer:3", "Citizen 3", "c3", null, Set.of(Roles.ADMINISTRATORS),
        false));
    assertRefused(admin, "panel.administrator", "administers the system");

    List<Seat> officer = panel(5, 2);
    officer.set(5, new Seat(MemberKind.OFFICIAL, "official:1", "Olu Officer", "officer", null,
        Set.of(Roles.OFFICIALS, Roles.COMMISSIONING_OFFICERS), false));
    assertRefused(officer, "panel.segregation-of-duties", "commissioning officer");

    List<Seat> finance = panel(5, 2);
    finance.set(6, new Seat(MemberKind.OFFICIAL, "official:2", "Fran Finance", "finance", null,
        Set.of(Roles.OFFICIALS, Roles.FINANCE), false));
    assertRefused(finance, "panel.segregation-of-duties", "checks budgets or approves awards");
  }

  @Test
  void anOfficialCannotTakeACitizenSeat() {
    List<Seat> seats = panel(5, 2);
    seats.set(3, new Seat(MemberKind.CITIZEN, "volunteer:4", "Citizen 4", "c4", null, Set.of(Roles.OFFICIALS), false));
    assertRefused(seats, "panel.citizen-seat-for-official", "is an official");
  }

  @Test
  void oneCitizenChairs() {
    List<Seat> noChair = panel(5, 2);
    noChair.set(0, new Seat(MemberKind.CITIZEN, "volunteer:1", "Citizen 1", "c1", null, Set.of(), false));
    assertRefused(noChair, "panel.chair", "exactly one of its citizen members", "0 chair(s)");

    List<Seat> officialChair = panel(5, 2);
    officialChair.set(0, new Seat(MemberKind.CITIZEN, "volunteer:1", "Citizen 1", "c1", null, Set.of(), false));
    officialChair.set(5, new Seat(MemberKind.OFFICIAL, "official:1", "Official 1", "o1", null, Set.of(), true));
    assertRefused(officialChair, "panel.chair", "an official");
  }

  @Configuration
  @EnableConfigurationProperties(PanelProperties.class)
  static class Settings {
  }

  @Test
  void theApplicationRefusesToStartWithCitizensBelowHalf() {
    new ApplicationContextRunner().withUserConfiguration(Settings.class)
        .withPropertyValues("coproduce.panel.min-citizen-share=0.49")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("coproduce.panel.min-citizen-share must be between 0.5 and 1"));
    new ApplicationContextRunner().withUserConfiguration(Settings.class)
        .withPropertyValues("coproduce.panel.citizen-seats=2", "coproduce.panel.official-seats=3")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("fall short of min-citizen-share"));
    new ApplicationContextRunner().withUserConfiguration(Settings.class)
        .withPropertyValues("coproduce.panel.min-officials=1")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("coproduce.panel.min-officials must be at least 2"));
    new ApplicationContextRunner().withUserConfiguration(Settings.class)
        .withPropertyValues("coproduce.panel.quotas.shoe-size.large.min=1", "coproduce.panel.quotas.shoe-size.large.max=2")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("coproduce.panel.quotas.shoe-size is not a volunteer feature"));
    new ApplicationContextRunner().withUserConfiguration(Settings.class)
        .withPropertyValues("coproduce.panel.quotas.ward.north.min=1", "coproduce.panel.quotas.ward.north.max=2")
        .run(context -> assertThat(context).hasNotFailed().getBean(PanelProperties.class)
            .extracting(p -> p.quotas().get("ward").get("north").max()).isEqualTo(2));
  }
}
