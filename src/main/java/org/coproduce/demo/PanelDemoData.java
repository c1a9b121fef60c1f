package org.coproduce.demo;

import java.util.List;
import java.util.Random;
import org.coproduce.panel.NewOfficial;
import org.coproduce.panel.NewVolunteer;
import org.coproduce.panel.People;
import org.coproduce.process.IdentityDirectory;
import org.coproduce.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's people for panels, loaded once after {@link DemoData}: the officials registered with
 * their departments, and a pool of 44 volunteers with varied features, of whom {@code citizen1} to
 * {@code citizen6} can log in (the others get a login when a panel they are drawn for is confirmed).
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "coproduce.demo.enabled", havingValue = "true")
class PanelDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PanelDemoData.class);
  static final int VOLUNTEERS = 44;

  private static final List<String> FIRST = List.of("Amara", "Ben", "Chloe", "Dev", "Esme", "Farid", "Grace",
      "Hugo", "Ines", "Jack", "Kemi", "Liam", "Maya", "Noah", "Orla", "Pavel", "Quinn", "Rosa", "Sami", "Tess",
      "Umar", "Vera");
  private static final List<String> LAST = List.of("Adeyemi", "Brown", "Costa", "Doyle", "Evans", "Fischer",
      "Gupta", "Hughes", "Ivanova", "Jones", "Khan", "Lewis", "Murphy", "Novak");
  private static final List<String> WARDS = List.of("north", "south", "east", "west");
  private static final List<String> AGES = List.of("16-29", "30-44", "45-64", "65-plus");
  private static final List<String> TENURES = List.of("owner", "private-renter", "social-renter");

  private final People people;
  private final IdentityDirectory identities;

  PanelDemoData(People people, IdentityDirectory identities) {
    this.people = people;
    this.identities = identities;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!people.volunteers().isEmpty()) {
      log.info("Demo panel data already loaded");
      return;
    }
    identities.ensureUser("official3", "Ola", "Three", "official3@demo.coproduce.org", "official3");
    identities.addToGroup("official3", Roles.OFFICIALS);
    official("official1", "Opal", "One", "Community Services", "Service manager");
    official("official2", "Otto", "Two", "Housing", "Policy officer");
    official("official3", "Ola", "Three", "Public Health", "Public health specialist");
    official("officer", "Olu", "Officer", "Commissioning", "Commissioning officer");
    official("finance", "Fran", "Finance", "Finance", "Finance officer");
    official("approver", "Abe", "Approver", "Legal and Governance", "Head of service");

    // A fixed generator: every demo installation has the same pool.
    Random random = new Random(2026);
    for (int i = 1; i <= VOLUNTEERS; i++) {
      String first = FIRST.get((i - 1) % FIRST.size());
      String last = LAST.get((i * 5) % LAST.size());
      String gender = i % 15 == 0 ? "non-binary" : (random.nextBoolean() ? "female" : "male");
      // Every eleventh volunteer lives with the one before: the draw seats at most one of them.
      String household = "household-" + (i % 11 == 0 ? i - 1 : i);
      String login = i <= 6 ? "citizen" + i : null;
      people.registerVolunteer(new NewVolunteer(first, last, "volunteer" + i + "@demo.coproduce.org",
          WARDS.get(random.nextInt(WARDS.size())), AGES.get(random.nextInt(AGES.size())), gender,
          TENURES.get(random.nextInt(TENURES.size())), household, null, login), "demo");
    }
    log.info("Demo panel data loaded: 6 officials, {} volunteers (citizen1..citizen6 can log in)", VOLUNTEERS);
  }

  private void official(String userId, String first, String last, String department, String role) {
    people.registerOfficial(new NewOfficial(userId, first, last, userId + "@demo.coproduce.org", department, role,
        null));
  }
}
